import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/welcome.json';
import fr from '../../../locales/fr/welcome.json';
import { flatten, hasKey, literalKeys, parityProblems } from '../../i18n/localeChecks';
import { WELCOME_STEPS } from './welcomeRules';

// The `welcome` namespace, loaded with the first-run screen: the same promises as the app-wide
// locale test (src/i18n/locales.test.ts) makes for `common` and `compose`.

const frKeys = new Set(Object.keys(flatten(fr)));

const sources = import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('welcome strings', () => {
  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it("have a French text for every literal t('welcome:…') key", () => {
    const used = literalKeys(sources, 'welcome');
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !hasKey(frKeys, key))).toEqual([]);
  });

  it('have a title and an introduction for every step', () => {
    const keys = WELCOME_STEPS.flatMap((step) => [`steps.${step}.title`, `steps.${step}.intro`]);
    expect(keys.filter((key) => !hasKey(frKeys, key))).toEqual([]);
  });
});

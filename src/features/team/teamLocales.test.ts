import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/team.json';
import fr from '../../../locales/fr/team.json';
import { flatten, hasKey, literalKeys, parityProblems, writtenKeys } from '../../i18n/localeChecks';
import { ROLES } from '../../protocol/protocol';

// The `team` namespace, loaded with its screen, is looked up as `t('team:key')`: the same
// promises as the app-wide locale test (src/i18n/locales.test.ts) makes for `common` and `compose`.

const frKeys = new Set(Object.keys(flatten(fr)));
const existsInFr = (key: string) => hasKey(frKeys, key);

// The whole app's source: a key of this namespace may be used outside the feature.
const sources = import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('team strings', () => {
  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it("have a French text for every literal t('team:…') key", () => {
    const used = literalKeys(sources, 'team');
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have a French text for every key written as a string (action failures, rule results)', () => {
    const used = writtenKeys(sources, 'team', new Set(Object.keys(fr)));
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have the dynamic keys: device kinds, roles, errors, event types', () => {
    const dynamic = [
      ...['iphone', 'ipad', 'android', 'other'].map((kind) => `pair.defaultName.${kind}`),
      ...ROLES.map((role) => `workspace.roles.${role}`),
      ...['codeFormat', 'nameMissing', 'unauthorized', 'offline', 'rateLimited', 'other'].map(
        (kind) => `pairErrors.${kind}`,
      ),
      ...[
        'offline',
        'unauthorized',
        'forbidden',
        'invalid',
        'tooLarge',
        'rateLimited',
        'server',
        'notPaired',
      ].map((kind) => `syncErrors.${kind}`),
      ...['time_saved', 'rating', 'document_validated', 'retraction'].map(
        (type) => `parked.types.${type}`,
      ),
    ];
    expect(dynamic.filter((key) => !existsInFr(key))).toEqual([]);
  });
});

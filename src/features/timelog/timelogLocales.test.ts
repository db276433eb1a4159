import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/timelog.json';
import fr from '../../../locales/fr/timelog.json';
import { flatten, hasKey, literalKeys, parityProblems, writtenKeys } from '../../i18n/localeChecks';

// The `timelog` namespace, loaded with its screen, is looked up as `t('timelog:key')`: the same
// promises as the app-wide locale test (src/i18n/locales.test.ts) makes for `common` and `compose`.

const frKeys = new Set(Object.keys(flatten(fr)));
const existsInFr = (key: string) => hasKey(frKeys, key);

// The whole app's source: a key of this namespace may be used outside the feature.
const sources = import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('timelog strings', () => {
  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it("have a French text for every literal t('timelog:…') key", () => {
    const used = literalKeys(sources, 'timelog');
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have a French text for every key written as a string (action failures, rule results)', () => {
    const used = writtenKeys(sources, 'timelog', new Set(Object.keys(fr)));
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have the dynamic keys: tabs, trends, CSV sources and headers', () => {
    const dynamic = [
      'screen.dashboard',
      'screen.entries',
      ...['up', 'down', 'flat'].map((trend) => `dashboard.trend.${trend}`),
      ...['auto', 'manual', 'review', 'job'].map((source) => `csv.sources.${source}`),
      ...[
        'date',
        'kind',
        'minutes',
        'hours',
        'category',
        'template',
        'source',
        'stars',
        'note',
      ].map((header) => `csv.headers.${header}`),
    ];
    expect(dynamic.filter((key) => !existsInFr(key))).toEqual([]);
  });
});

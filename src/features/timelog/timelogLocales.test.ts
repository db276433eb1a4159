import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/timelog.json';
import fr from '../../../locales/fr/timelog.json';
import { flatten, hasKey, literalKeys, parityProblems } from '../../i18n/localeChecks';

// The `timelog` namespace is looked up through `tl()` (strings.ts), which the app-wide locale
// test does not scan: this one holds the same promises for it.

const frKeys = new Set(Object.keys(flatten(fr)));
const existsInFr = (key: string) => hasKey(frKeys, key);

const sources = import.meta.glob<string>(['./*.{ts,tsx}', '!./*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('timelog strings', () => {
  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it('have a French text for every literal tl(…) key of the feature', () => {
    const used = literalKeys(sources, 'tl');
    expect(used.size).toBeGreaterThan(40);
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

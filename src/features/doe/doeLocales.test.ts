import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/doe.json';
import fr from '../../../locales/fr/doe.json';
import { DOE_ITEM_STATUSES, JOB_STATUSES } from '../../domain/doe';
import { flatten, hasKey, literalKeys, parityProblems } from '../../i18n/localeChecks';
import type { AttachProblem } from './attach';
import type { JobTextField } from './JobFields';

// The `doe` namespace is looked up through `td()` (strings.ts), which the app-wide locale test
// does not scan: this one holds the same promises for it.

const frKeys = new Set(Object.keys(flatten(fr)));
const existsInFr = (key: string) => hasKey(frKeys, key);

const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('doe strings', () => {
  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it('have a French text for every literal td(…) key of the feature', () => {
    const used = literalKeys(sources, 'td');
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have a French text for every key the rules return', () => {
    const returned = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/'(mistakes\.[\w-]+)'/g)) returned.add(match[1] ?? '');
    }
    expect(returned.size).toBeGreaterThan(3);
    expect([...returned].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have the dynamic keys: statuses, fields and every attach problem', () => {
    const problems: Record<AttachProblem, true> = {
      'not-image': true,
      unsupported: true,
      corrupt: true,
      failed: true,
      'too-large': true,
      'file-too-large': true,
      quota: true,
    };
    const fields: Record<JobTextField, true> = {
      name: true,
      customerName: true,
      customerAddress: true,
      siteAddress: true,
      lot: true,
      startDate: true,
      endDate: true,
    };
    const dynamic = [
      ...JOB_STATUSES.map((status) => `status.${status}`),
      ...DOE_ITEM_STATUSES.map((status) => `itemStatus.${status}`),
      ...Object.keys(problems).map((problem) => `attach.problems.${problem}`),
      ...Object.keys(fields).map((field) => `job.fields.${field}`),
    ];
    expect(dynamic.filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('use French spacing before : ; ! ? and inside « »', () => {
    const wrong = Object.entries(flatten(fr)).filter(([, text]) =>
      /(\S[:;!?](?=\s|$))|( [:;!?])|(« )|( »)/.test(String(text).replace(/https?:\/\/\S+/g, '')),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });
});

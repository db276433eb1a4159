import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/doe.json';
import fr from '../../../locales/fr/doe.json';
import { DOE_ITEM_STATUSES, JOB_STATUSES } from '../../domain/doe';
import { flatten, hasKey, literalKeys, parityProblems, writtenKeys } from '../../i18n/localeChecks';
import type { AttachProblem } from './attach';
import type { JobTextField } from './JobFields';

// The `doe` namespace, loaded with the DOE screens, is looked up as `t('doe:key')`: the same
// promises as the app-wide locale test (src/i18n/locales.test.ts) makes for `common` and `compose`.

const frKeys = new Set(Object.keys(flatten(fr)));
const existsInFr = (key: string) => hasKey(frKeys, key);

// The whole app's source: a key of this namespace may be used outside the feature.
const sources = import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('doe strings', () => {
  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it("have a French text for every literal t('doe:…') key", () => {
    const used = literalKeys(sources, 'doe');
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have a French text for every key written as a string (rule results, action failures)', () => {
    const used = writtenKeys(sources, 'doe', new Set(Object.keys(fr)));
    expect([...used].filter((key) => key.startsWith('mistakes.')).length).toBeGreaterThan(3);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
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

import { describe, expect, it } from 'vitest';
import enCustomers from '../../../locales/en/customers.json';
import en from '../../../locales/en/quotes.json';
import frCustomers from '../../../locales/fr/customers.json';
import fr from '../../../locales/fr/quotes.json';
import { emptyProfile } from '../../db/profile';
import { QUOTE_STATUSES, QUOTE_UNITS } from '../../domain/quotes';
import { flatten, hasKey, literalKeys, parityProblems, writtenKeys } from '../../i18n/localeChecks';
import { checkQuote } from './rules/checker';
import type { DecimalProblem } from './rules/decimal';
import {
  companyLines,
  partyMentions,
  signatureMentions,
  termMentions,
  withdrawalForm,
} from './rules/mentions';
import {
  baker,
  buildingSarl,
  completeContent,
  contextFor,
  frenchFormat,
  line,
  microEntrepreneur,
} from './rules/testing';

// The `quotes` and `customers` namespaces, loaded with the quote screens, are looked up as
// `t('quotes:key')` and `t('customers:key')` (the rules and the PDF take a lookup fixed to the
// `quotes` namespace): the same promises as the app-wide locale test makes for `common`.
const frKeys = new Set(Object.keys(flatten(fr)));
const existsInFr = (key: string) => hasKey(frKeys, key);

// The whole app's source: a key of these namespaces may be used outside the feature.
const sources = import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const PROBLEMS: DecimalProblem[] = ['empty', 'format', 'decimals', 'negative', 'tooLarge'];

describe('quotes strings', () => {
  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it("have the customer picker's words in both languages, for every t('customers:…') key", () => {
    expect(parityProblems(frCustomers, enCustomers)).toEqual([]);
    const keys = new Set(Object.keys(flatten(frCustomers)));
    const used = [
      ...literalKeys(sources, 'customers'),
      ...writtenKeys(sources, 'customers', new Set(Object.keys(frCustomers))),
    ];
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((key) => !hasKey(keys, key))).toEqual([]);
  });

  it("have a French text for every literal t('quotes:…') key", () => {
    const used = literalKeys(sources, 'quotes');
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have a French text for every key written as a string (action failures, rule results)', () => {
    const used = writtenKeys(sources, 'quotes', new Set(Object.keys(fr)));
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have the dynamic keys of the screens', () => {
    const dynamic = [
      ...['empty', 'format', 'decimals', 'negative', 'tooLarge', 'tooSmall'].map(
        (p) => `problems.${p}`,
      ),
      ...['error', 'warning'].map((s) => `checker.severity.${s}`),
      ...['working', 'ready', 'shared', 'error', 'blocked'].map((s) => `export.states.${s}`),
      ...[
        'travel',
        'validityDays',
        'leadTime',
        'paymentTerms',
        'executionTerms',
        'quotePrice',
        'discount',
        'deposit',
        'discountValue',
        'depositValue',
        'offPremises',
        'receivedBeforeWork',
        'reducedRateCertification',
      ].map((f) => `editor.${f}`),
    ];
    expect(dynamic.filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have a text for every unit and status', () => {
    expect(QUOTE_UNITS.filter((unit) => !existsInFr(`units.${unit}`))).toEqual([]);
    expect(QUOTE_STATUSES.filter((status) => !existsInFr(`statuses.${status}`))).toEqual([]);
  });

  it('have a text for every finding the checker can make', () => {
    const ids = new Set<string>();
    for (const field of Object.keys(emptyProfile())) ids.add(`company.${field}`);
    for (const field of ['quantity', 'unitPrice', 'discount'])
      for (const p of PROBLEMS) ids.add(`line.${field}.${p}`);
    for (const field of ['travel', 'discount', 'deposit'])
      for (const p of PROBLEMS) ids.add(`${field}.${p}`);
    const profiles = [buildingSarl(), microEntrepreneur(), baker(), emptyProfile()];
    const bad = completeContent(
      [line('a', '-1', 'x', 1000), { ...line('b', '0', '0', 550), designation: '🙂' }],
      {
        validityDays: '0',
        paymentTerms: '',
        leadTime: '',
        reducedRateCertification: false,
        quotePrice: 'abc',
      },
    );
    for (const profile of profiles)
      for (const finding of checkQuote(contextFor(profile, bad), Date.now())) ids.add(finding.id);
    const missingFields = [
      'insurancePolicy',
      'phone',
      'email',
      'trade',
      'vatRegime',
      'mediatorContact',
      'voice',
      'ownerName',
    ].map((f) => `company.${f}`);
    const unknown = [...ids].filter(
      (id) => !missingFields.includes(id) && !existsInFr(`checker.${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('have a text for every mention, in both languages', () => {
    const ids = new Set<string>();
    for (const profile of [buildingSarl(), microEntrepreneur(), baker()]) {
      for (const extra of [
        {},
        {
          startDate: '2026-04-01',
          deposit: { kind: 'percent' as const, value: '30' },
          quotePrice: '40',
          executionTerms: 'x',
        },
      ]) {
        const context = contextFor(profile, completeContent([line('a', '1', '100', 1000)], extra), {
          family: 'production',
        });
        for (const m of [
          ...companyLines(profile, frenchFormat),
          ...termMentions(context, frenchFormat),
          ...partyMentions(context),
          ...signatureMentions(context),
          ...withdrawalForm(context, 'D'),
        ])
          ids.add(m.id);
      }
    }
    expect([...ids].filter((id) => !existsInFr(`mentions.${id}`))).toEqual([]);
  });
});

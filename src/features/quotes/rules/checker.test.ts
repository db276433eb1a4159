import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../db/profile';
import { canIssue, checkQuote, type Finding } from './checker';
import {
  baker,
  buildingSarl,
  completeContent,
  contextFor,
  line,
  microEntrepreneur,
} from './testing';

const TODAY = Date.parse('2026-03-05T09:00:00+01:00');
const ids = (findings: Finding[]) => findings.map((finding) => finding.id);

describe('checkQuote on a micro-entrepreneur (VAT franchise, building trade)', () => {
  it('finds nothing on a complete quote', () => {
    const context = contextFor(microEntrepreneur(), completeContent([line('a', '20', '12', 1000)]));
    expect(checkQuote(context, TODAY)).toEqual([]);
  });

  it('does not ask for the reduced-rate certification: no VAT is charged', () => {
    const context = contextFor(
      microEntrepreneur(),
      completeContent([line('a', '1', '100', 1000)], { reducedRateCertification: false }),
    );
    expect(ids(checkQuote(context, TODAY))).toEqual([]);
  });

  it('asks for the decennial insurance, pointing at the profile field', () => {
    const profile = { ...microEntrepreneur(), insurerName: '' };
    const findings = checkQuote(
      contextFor(profile, completeContent([line('a', '1', '10', 2000)])),
      TODAY,
    );
    expect(findings).toEqual([
      {
        id: 'company.insurerName',
        severity: 'error',
        target: { scope: 'profile', field: 'insurerName' },
        values: {},
      },
    ]);
    expect(canIssue(findings)).toBe(false);
  });

  it('names every missing mention of an empty profile', () => {
    const findings = checkQuote(
      contextFor(emptyProfile(), completeContent([line('a', '1', '10', 2000)])),
      TODAY,
    );
    expect(ids(findings.filter((f) => f.severity === 'error'))).toEqual([
      'company.name',
      'company.siret',
      'company.street',
      'company.postalCode',
      'company.city',
      'company.legalForm',
      'company.vatNumber',
      'company.mediatorName',
    ]);
  });
});

describe('checkQuote on a building company (SARL)', () => {
  it('finds nothing on a complete quote at 10 % with the certification', () => {
    const context = contextFor(
      buildingSarl(),
      completeContent([line('a', '1', '950', 1000), line('b', '2', '35', 2000)]),
    );
    expect(checkQuote(context, TODAY)).toEqual([]);
  });

  it('asks for the certification line when a reduced rate is used without it', () => {
    const content = completeContent([line('a', '1', '950', 550)], {
      reducedRateCertification: false,
    });
    const findings = checkQuote(contextFor(buildingSarl(), content), TODAY);
    expect(findings).toEqual([
      {
        id: 'certificationMissing',
        severity: 'error',
        target: { scope: 'quote', field: 'reducedRateCertification' },
        values: {},
      },
    ]);
  });

  it('flags the share capital, a wrong SIRET and a VAT number that does not match', () => {
    const profile = {
      ...buildingSarl(),
      shareCapital: '',
      siret: '73282932000075',
      vatNumber: 'FR45732829320',
    };
    const findings = checkQuote(
      contextFor(profile, completeContent([line('a', '1', '10', 2000)])),
      TODAY,
    );
    expect(ids(findings)).toEqual([
      'company.shareCapital',
      'company.siretInvalid',
      'company.vatNumberInvalid',
    ]);
  });

  it('flags lines with no price, no designation, a negative or absurd quantity', () => {
    const lines = [
      { ...line('a', '1', '', 2000) },
      { ...line('b', '-2', '10', 2000), designation: ' ' },
      line('c', '50000', '10', 2000),
      line('d', '1', '200000', 2000),
      { ...line('e', '1', '10', 2000), designation: 'Pose 🙂' },
      { ...line('f', '1', '10', 2000), designation: 'x'.repeat(20_000) },
    ];
    const findings = checkQuote(contextFor(buildingSarl(), completeContent(lines)), TODAY);
    expect(findings.map((f) => [f.id, f.severity, f.values.line])).toEqual([
      ['line.unitPrice.empty', 'error', 1],
      ['line.designation.empty', 'error', 2],
      ['line.quantity.negative', 'error', 2],
      ['line.designation.tooLong', 'error', 6],
      ['line.quantity.unusual', 'warning', 3],
      ['line.unitPrice.unusual', 'warning', 4],
      ['line.designation.emoji', 'warning', 5],
    ]);
    expect(findings[0]?.target).toEqual({ scope: 'line', itemId: 'a', field: 'unitPrice' });
  });

  it('flags an expired validity, a missing start and payment terms, and a deposit above the total', () => {
    const content = completeContent([line('a', '1', '100', 2000)], {
      validityDays: '2',
      leadTime: '',
      paymentTerms: ' ',
      deposit: { kind: 'amount', value: '500' },
    });
    const findings = checkQuote(contextFor(buildingSarl(), content), TODAY);
    expect(ids(findings)).toEqual([
      'validityExpired',
      'startMissing',
      'paymentMissing',
      'deposit.tooLarge',
      'depositOffPremises',
    ]);
  });

  it('asks for a customer, and for the customer name and address', () => {
    const content = completeContent([line('a', '1', '100', 2000)]);
    const none = { ...contextFor(buildingSarl(), content), customer: null };
    expect(ids(checkQuote(none, TODAY))).toEqual(['customer.missing']);
    const blank = { ...none, customer: { name: '', address: '', siteAddress: '' } };
    expect(ids(checkQuote(blank, TODAY))).toEqual(['customer.name', 'customer.address']);
  });

  it('asks for at least one line', () => {
    expect(ids(checkQuote(contextFor(buildingSarl(), completeContent([])), TODAY))).toEqual([
      'noLines',
    ]);
  });
});

describe('checkQuote on a baker', () => {
  it('finds nothing on an order at 5.5 % and 20 %: no insurance, no certification', () => {
    const content = completeContent([line('a', '40', '2,5', 550), line('b', '1', '30', 2000)], {
      reducedRateCertification: false,
      offPremises: false,
    });
    expect(checkQuote(contextFor(baker(), content, { family: 'food' }), TODAY)).toEqual([]);
  });

  it('asks a baker for the decennial insurance when the quote is building work', () => {
    const content = completeContent([line('a', '1', '100', 2000)]);
    const findings = checkQuote(contextFor(baker(), content, { family: 'building' }), TODAY);
    expect(ids(findings)).toEqual([
      'company.insurerName',
      'company.insurerAddress',
      'company.insuranceCoverage',
    ]);
  });

  it('warns that no payment may be taken within 7 days of an order signed at the customer', () => {
    const content = completeContent([line('a', '1', '100', 550)], {
      deposit: { kind: 'percent', value: '30' },
    });
    const findings = checkQuote(contextFor(baker(), content, { family: 'food' }), TODAY);
    expect(findings).toEqual([
      {
        id: 'depositOffPremises',
        severity: 'warning',
        target: { scope: 'quote', field: 'deposit' },
        values: {},
      },
    ]);
    expect(canIssue(findings)).toBe(true);
  });
});

describe('checkQuote on very long quotes', () => {
  it('takes 500 lines without a finding, and names a 501st', () => {
    const lines = Array.from({ length: 500 }, (_, i) =>
      line(`l${i}`, '1,5', '12,40', i % 2 ? 1000 : 2000),
    );
    const context = contextFor(buildingSarl(), completeContent(lines));
    expect(checkQuote(context, TODAY)).toEqual([]);
    expect(context.totals.totalHT).toBe(500 * 1860);
    const more = contextFor(buildingSarl(), completeContent([...lines, line('x', '1', '1', 2000)]));
    expect(checkQuote(more, TODAY).map((f) => [f.id, f.values])).toEqual([
      ['tooManyItems', { count: 501, max: 500 }],
    ]);
  });
});

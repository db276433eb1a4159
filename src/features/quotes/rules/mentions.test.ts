import { describe, expect, it } from 'vitest';
import {
  companyLines,
  partyMentions,
  signatureMentions,
  termMentions,
  validUntil,
  withdrawalForm,
} from './mentions';
import {
  baker,
  buildingSarl,
  completeContent,
  contextFor,
  frenchFormat,
  line,
  microEntrepreneur,
} from './testing';

const ids = (mentions: { id: string }[]) => mentions.map((m) => m.id);

describe('companyLines', () => {
  it('adds EI to a sole trader and never a capital', () => {
    const lines = companyLines(microEntrepreneur(), frenchFormat);
    expect(lines[0]).toEqual({ id: 'company.nameEI', values: { name: 'Léa Martin' } });
    expect(ids(lines)).not.toContain('company.formCapital');
    expect(ids(lines)).not.toContain('company.vatNumber');
  });

  it('prints the legal form with its share capital, the SIRET, the registration and the VAT number', () => {
    const lines = companyLines(buildingSarl(), frenchFormat);
    expect(lines).toContainEqual({
      id: 'company.formCapital',
      values: { form: 'SARL', capital: '5\u202f000,00\u00a0€' },
    });
    expect(lines).toContainEqual({ id: 'company.siret', values: { siret: '732 829 320 00074' } });
    expect(lines).toContainEqual({
      id: 'company.registration',
      values: { registration: 'RCS Annecy 732 829 320' },
    });
    expect(lines).toContainEqual({
      id: 'company.vatNumber',
      values: { vatNumber: 'FR44732829320' },
    });
  });
});

describe('termMentions', () => {
  it('gives the validity with its last day, the free quote, the lead time and payment terms', () => {
    const context = contextFor(buildingSarl(), completeContent([line('a', '1', '100', 2000)]));
    expect(termMentions(context, frenchFormat)).toEqual([
      { id: 'validity', values: { days: '30', date: '1 avril 2026' } },
      { id: 'quoteFree', values: {} },
      { id: 'leadTime', values: { lead: '3 semaines' } },
      { id: 'payment', values: { terms: 'À réception de facture' } },
      { id: 'guaranteesBuilding', values: {} },
    ]);
  });

  it('says "TVA non applicable" under the franchise and warns that no payment is due within 7 days', () => {
    const content = completeContent([line('a', '1', '100', 2000)], {
      deposit: { kind: 'percent', value: '30' },
      startDate: '2026-04-07',
      quotePrice: '40',
    });
    const mentions = termMentions(contextFor(microEntrepreneur(), content), frenchFormat);
    expect(ids(mentions)).toEqual([
      'validity',
      'quotePaid',
      'startDate',
      'payment',
      'deposit',
      'noPaymentSevenDays',
      'franchise',
      'guaranteesBuilding',
    ]);
    expect(mentions[2]?.values.date).toBe('7 avril 2026');
    expect(mentions[4]?.values).toEqual({ deposit: '30,00\u00a0€', balance: '70,00\u00a0€' });
  });
});

describe('partyMentions and signatureMentions', () => {
  it('names the insurer with the policy for building work, and the mediator', () => {
    const context = contextFor(buildingSarl(), completeContent([line('a', '1', '100', 1000)]));
    expect(partyMentions(context)).toEqual([
      {
        id: 'insurancePolicy',
        values: {
          insurer: 'MAAF Assurances',
          address: 'Chaban, 79180 Chauray',
          coverage: 'France métropolitaine',
          policy: 'DEC-1234',
        },
      },
      { id: 'mediatorWebsite', values: { name: 'CM2C', website: 'cm2c.net' } },
    ]);
    expect(ids(signatureMentions(context))).toEqual([
      'certification',
      'withdrawal',
      'receivedBeforeWork',
      'agreement',
    ]);
  });

  it('gives a baker neither insurance nor certification', () => {
    const context = contextFor(
      baker(),
      completeContent([line('a', '1', '100', 550)], {
        offPremises: false,
        receivedBeforeWork: false,
      }),
      { family: 'food' },
    );
    expect(ids(partyMentions(context))).toEqual(['mediatorWebsite']);
    expect(ids(signatureMentions(context))).toEqual(['agreement']);
    expect(withdrawalForm(context, 'D-2026-0001')).toEqual([]);
  });

  it('attaches a withdrawal form naming the company and the quote', () => {
    const form = withdrawalForm(contextFor(buildingSarl(), completeContent([])), 'D-2026-0007');
    expect(form[1]).toEqual({
      id: 'form.to',
      values: {
        name: 'Martin Rénovation',
        address: '12 rue des Tanneurs, 74000 Annecy',
        email: 'lea@exemple.fr',
      },
    });
    expect(form[2]).toEqual({ id: 'form.body', values: { number: 'D-2026-0007' } });
  });
});

describe('validUntil', () => {
  it('counts calendar days in local time, across the change to summer time', () => {
    const content = completeContent([], { validityDays: '30' });
    expect(validUntil(content, Date.parse('2026-03-15T23:30:00+01:00'))).toBe(
      Date.parse('2026-04-14T00:00:00+02:00'),
    );
    expect(validUntil({ ...content, validityDays: 'trente' }, 0)).toBeNull();
  });
});

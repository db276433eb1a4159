// Profiles and quotes for the rules' tests (not imported by the app).
import { type CompanyProfile, emptyProfile } from '../../../db/profile';
import type { QuoteContent, QuoteLine } from '../../../db/schema';
import type { VatRate } from '../../../domain/quotes';
import type { TradeFamily } from '../../../domain/trades';
import { emptyContent } from './content';
import type { Formatter, QuoteContext } from './mentions';
import { quoteTotals } from './totals';

/** A micro-entrepreneur plasterer under the VAT franchise, everything filled in. */
export function microEntrepreneur(): CompanyProfile {
  return {
    ...emptyProfile(),
    name: 'Léa Martin',
    legalForm: 'ei',
    siret: '732 829 320 00074',
    registration: 'RNE 732 829 320',
    street: '12 rue des Tanneurs',
    postalCode: '74000',
    city: 'Annecy',
    phone: '06 12 34 56 78',
    email: 'lea@exemple.fr',
    vatRegime: 'franchise',
    trade: 'plasterer-painter',
    insurerName: 'MAAF Assurances',
    insurerAddress: 'Chaban, 79180 Chauray',
    insuranceCoverage: 'France métropolitaine',
    mediatorName: 'CM2C',
    mediatorWebsite: 'cm2c.net',
  };
}

/** A building company (SARL) charging VAT. */
export function buildingSarl(): CompanyProfile {
  return {
    ...microEntrepreneur(),
    name: 'Martin Rénovation',
    legalForm: 'sarl',
    shareCapital: '5000',
    registration: 'RCS Annecy 732 829 320',
    vatRegime: 'normal',
    vatNumber: 'FR44732829320',
    trade: 'plumber',
    insurancePolicy: 'DEC-1234',
  };
}

/** A baker (SAS) charging VAT, with no decennial insurance. */
export function baker(): CompanyProfile {
  return {
    ...buildingSarl(),
    name: 'Boulangerie Karim',
    legalForm: 'sas',
    trade: 'baker',
    insurerName: '',
    insurerAddress: '',
    insuranceCoverage: '',
    insurancePolicy: '',
  };
}

/** A priced line. */
export function line(id: string, quantity: string, unitPrice: string, vatRate: VatRate): QuoteLine {
  return {
    type: 'line',
    id,
    designation: `Ligne ${id}`,
    quantity,
    unit: 'u',
    unitPrice,
    vatRate,
    discount: '',
  };
}

/** A complete quote's content. */
export function completeContent(
  items: QuoteLine[],
  extra: Partial<QuoteContent> = {},
): QuoteContent {
  return {
    ...emptyContent({
      validityDays: 30,
      paymentTerms: 'À réception de facture',
      executionTerms: '',
      vatRate: 2000,
    }),
    title: 'Travaux',
    customerId: 'c1',
    items,
    leadTime: '3 semaines',
    ...extra,
  };
}

/** A context as the screens build it. */
export function contextFor(
  profile: CompanyProfile,
  content: QuoteContent,
  options: { family?: TradeFamily | null; issuedAt?: number } = {},
): QuoteContext {
  return {
    profile,
    customer: { name: 'Mme Roux', address: '3 place du Marché\n74000 Annecy', siteAddress: '' },
    content,
    totals: quoteTotals(content, profile.vatRegime !== 'franchise'),
    issuedAt: options.issuedAt ?? Date.parse('2026-03-02T10:00:00+01:00'),
    family: options.family ?? null,
  };
}

/** A French formatter for tests. */
export const frenchFormat: Formatter = {
  money: (cents) =>
    new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100),
  date: (at) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(at),
};

import type { QuoteContent, QuoteLine, QuoteSection } from '../../../db/schema';
import type { VatRate } from '../../../domain/quotes';
import { newId } from '../../../lib/ids';

/** Defaults a new quote starts from (the artisan's quote settings). */
export interface ContentDefaults {
  validityDays: number;
  paymentTerms: string;
  executionTerms: string;
  vatRate: VatRate;
}

/** An empty quote with the artisan's defaults. */
export function emptyContent(defaults: ContentDefaults): QuoteContent {
  return {
    title: '',
    customerId: null,
    items: [],
    travel: '',
    travelVatRate: defaults.vatRate,
    discount: { kind: 'percent', value: '' },
    deposit: { kind: 'percent', value: '' },
    validityDays: String(defaults.validityDays),
    startDate: '',
    leadTime: '',
    paymentTerms: defaults.paymentTerms,
    executionTerms: defaults.executionTerms,
    notes: '',
    quotePrice: '',
    offPremises: true,
    receivedBeforeWork: true,
    reducedRateCertification: true,
  };
}

/** A new blank line at `vatRate`. */
export function newLine(
  vatRate: VatRate,
  fields: Partial<Omit<QuoteLine, 'type' | 'id'>> = {},
): QuoteLine {
  return {
    type: 'line',
    id: newId(),
    designation: '',
    quantity: '1',
    unit: 'u',
    unitPrice: '',
    vatRate,
    discount: '',
    ...fields,
  };
}

/** A new section title. */
export function newSection(title: string): QuoteSection {
  return { type: 'section', id: newId(), title };
}

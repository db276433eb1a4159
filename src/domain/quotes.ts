// Vocabulary of quotes (devis), shared by the data layer, the quote feature and the PDF.
// Amounts are integer cents and rates integer basis points everywhere: no float ever holds money.

/** VAT rates in basis points: 20 %, 10 % (home improvement), 5.5 % (energy renovation, food), 0. */
export const VAT_RATES = [2000, 1000, 550, 0] as const;
/** One VAT rate, in basis points (2000 = 20 %). */
export type VatRate = (typeof VAT_RATES)[number];

/** Whether `value` is a VAT rate the app knows. */
export function isVatRate(value: unknown): value is VatRate {
  return (VAT_RATES as readonly unknown[]).includes(value);
}

/** Reduced rates that need the customer's certification on building work (CGI art. 278-0 bis A). */
export const REDUCED_BUILDING_RATES: readonly VatRate[] = [1000, 550];

/** Units of a quote line; labels live in locales under `units.<id>`. */
export const QUOTE_UNITS = [
  'u',
  'h',
  'day',
  'm2',
  'ml',
  'm3',
  'kg',
  'flat',
  'lot',
  'person',
] as const;
/** One unit of a quote line. */
export type QuoteUnit = (typeof QUOTE_UNITS)[number];

/** Statuses a quote is stored with; `expired` is derived from the validity, never stored. */
export const STORED_QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'refused'] as const;
/** A stored quote status. */
export type StoredQuoteStatus = (typeof STORED_QUOTE_STATUSES)[number];
/** Every status a quote is shown with. */
export const QUOTE_STATUSES = [...STORED_QUOTE_STATUSES, 'expired'] as const;
/** A quote status as shown. */
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** Limits of what a quote may hold; the checker names what is beyond them, nothing is cut. */
export const QUOTE_LIMITS = {
  /** Lines (and section titles) in one quote. */
  items: 500,
  /** Characters of one designation. */
  designation: 4000,
  /** Decimals of a quantity. */
  quantityDecimals: 3,
  /** Largest quantity accepted (beyond is surely a typing slip). */
  quantityMax: 99_999,
  /** A quantity above this is stored but flagged as unusual. */
  quantityUnusual: 10_000,
  /** Largest unit price, in cents (999 999,99 €). */
  unitPriceMax: 99_999_999,
  /** A unit price above this (in cents) is stored but flagged as unusual. */
  unitPriceUnusual: 10_000_000,
  /** Longest validity, in days. */
  validityDaysMax: 365,
} as const;

/** A short device prefix for team numbering: 1 to 4 capital letters or digits. */
export const DEVICE_PREFIX = /^[A-Z0-9]{1,4}$/;

/**
 * A quote number: D-YYYY-NNNN, with the device prefix when a team set one (D-LM-2026-0001) and
 * the version as a suffix from the second version on (D-2026-0001-V2).
 */
export function formatQuoteNumber(input: {
  prefix: string;
  year: number;
  sequence: number;
  version?: number;
}): string {
  const parts = ['D'];
  if (input.prefix) parts.push(input.prefix);
  parts.push(String(input.year), String(input.sequence).padStart(4, '0'));
  const base = parts.join('-');
  return input.version && input.version > 1 ? `${base}-V${input.version}` : base;
}

/** The id of a numbering series: one per device prefix and year (e.g. `LM-2026`, `-2026`). */
export function seriesId(prefix: string, year: number): string {
  return `${prefix}-${year}`;
}

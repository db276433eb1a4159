import type { QuoteUnit, VatRate } from '../../../domain/quotes';
import type { Trade, TradeFamily } from '../../../domain/trades';

/** The answers of a guided start: numbers as typed, choices by id, toggles. */
export type QuoteAnswers = Record<string, string | boolean>;

/** A question asked before the lines are proposed; its words are in `quotes:templates.<id>.q.<question>`. */
export type QuoteQuestion =
  | {
      id: string;
      kind: 'number';
      unit: QuoteUnit;
      /** Decimals accepted (0 for a count). */
      decimals: number;
      min: number;
      max: number;
      initial: string;
    }
  | { id: string; kind: 'choice'; options: readonly string[]; initial: string }
  | { id: string; kind: 'toggle'; initial: boolean };

/** Answers as the template reads them: numbers already scaled by 1000 (thousandths). */
export interface ReadAnswers {
  /** A number answer, in thousandths (12,5 m² → 12500). */
  milli(id: string): number;
  /** A number answer rounded to a whole count. */
  count(id: string): number;
  choice(id: string): string;
  toggle(id: string): boolean;
  /** The label of the chosen option, in the quote's language. */
  label(id: string): string;
}

/** A proposed line; the designation is a locale key under `quotes:templates.<id>.lines`. */
export interface ProposedLine {
  line: string;
  values?: Record<string, string | number>;
  /** Quantity in thousandths (1 unit = 1000). */
  quantity: number;
  unit: QuoteUnit;
  /** Typical unit price excluding VAT, in cents. */
  unitPrice: number;
  vatRate: VatRate;
}

/** A section of proposed lines; its title is a key under `quotes:sections`. */
export interface ProposedSection {
  section: 'preparation' | 'supplies' | 'labour' | 'removal' | 'order' | 'service' | 'delivery';
  lines: ProposedLine[];
}

/** A guided quote: a few questions produce editable lines with typical prices and VAT rates. */
export interface QuoteTemplate {
  id: string;
  family: TradeFamily;
  /** Trades it is shown first to. */
  trades: readonly Trade[];
  /** Minutes a quote like this takes by hand; proposed as time saved once it is sent. */
  baselineMinutes: number;
  questions: readonly QuoteQuestion[];
  /** The proposed lines for the answers (pure; empty sections are dropped). */
  build(answers: ReadAnswers): ProposedSection[];
}

/** The lines, when the condition holds (an option the customer chose). */
export function when(condition: boolean, ...lines: ProposedLine[]): ProposedLine[] {
  return condition ? lines : [];
}

/** A proposed line: its designation key, quantity (thousandths), unit, price (cents) and VAT rate. */
export function line(
  name: string,
  quantity: number,
  unit: QuoteUnit,
  unitPrice: number,
  vatRate: VatRate,
  values?: Record<string, string | number>,
): ProposedLine {
  return values === undefined
    ? { line: name, quantity, unit, unitPrice, vatRate }
    : { line: name, values, quantity, unit, unitPrice, vatRate };
}

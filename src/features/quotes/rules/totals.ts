// A quote's totals in integer cents. Invariants (property-tested in totals.test.ts):
// - each line's total is rounded once, half away from zero, from exact integers;
// - the base of each VAT rate is the sum of its rounded lines (minus its share of the global
//   discount); VAT is computed per rate on that base and rounded once;
// - HT = Σ bases, VAT = Σ per-rate VAT, TTC = HT + VAT, deposit + balance = TTC;
// - nothing is negative except discounts, which are shown as negative amounts.

import type { QuoteContent, QuoteLine } from '../../../db/schema';
import { QUOTE_LIMITS, VAT_RATES, type VatRate } from '../../../domain/quotes';
import { type DecimalProblem, parseCents, parseDecimal, parsePercent, roundDiv } from './decimal';

/** A line as computed: its total, or what keeps it from having one. */
export interface LineTotal {
  /** Quantity × unit price − discount, rounded to the cent; 0 when the line has a problem. */
  total: number;
  /** Discount of the line, in cents (negative or zero). */
  discount: number;
  problems: Partial<Record<'quantity' | 'unitPrice' | 'discount', DecimalProblem>>;
}

/** The base and VAT of one rate. */
export interface RateTotal {
  rate: VatRate;
  /** Amount excluding VAT at this rate, after its share of the global discount. */
  base: number;
  vat: number;
}

/** Every figure of a quote, in cents. */
export interface QuoteTotals {
  lines: ReadonlyMap<string, LineTotal>;
  /** Travel costs excluding VAT. */
  travel: number;
  /** Σ lines + travel, before the global discount. */
  subtotal: number;
  /** Global discount (negative or zero). */
  discount: number;
  /** One entry per rate in use, highest rate first. */
  rates: RateTotal[];
  totalHT: number;
  totalVAT: number;
  totalTTC: number;
  deposit: number;
  balance: number;
  /** Fields whose typed value could not be read (they count as zero). */
  problems: Partial<Record<'travel' | 'discount' | 'deposit', DecimalProblem>>;
}

/** Total of one line, from its typed quantity, unit price and discount. */
export function lineTotal(line: QuoteLine): LineTotal {
  const problems: LineTotal['problems'] = {};
  const quantity = parseDecimal(line.quantity, QUOTE_LIMITS.quantityDecimals, {
    max: QUOTE_LIMITS.quantityMax * 1000,
  });
  const price = parseCents(line.unitPrice, QUOTE_LIMITS.unitPriceMax);
  const discount =
    line.discount.trim() === '' ? { ok: true as const, value: 0 } : parsePercent(line.discount);
  if (!quantity.ok) problems.quantity = quantity.problem;
  if (!price.ok) problems.unitPrice = price.problem;
  if (!discount.ok) problems.discount = discount.problem;
  if (!quantity.ok || !price.ok || !discount.ok) return { total: 0, discount: 0, problems };
  // quantity is in thousandths, the discount in basis points: one exact product, one rounding.
  const gross = BigInt(quantity.value) * BigInt(price.value);
  const total = roundDiv(gross * BigInt(10_000 - discount.value), 10_000_000n);
  const undiscounted = roundDiv(gross, 1000n);
  return { total: Number(total), discount: Number(total - undiscounted), problems };
}

/** The global discount in cents (≤ 0), capped at the subtotal (beyond is a problem). */
function globalDiscount(
  discount: QuoteContent['discount'],
  subtotal: number,
): { value: number; problem?: DecimalProblem } {
  if (discount.value.trim() === '') return { value: 0 };
  const parsed =
    discount.kind === 'percent' ? parsePercent(discount.value) : parseCents(discount.value);
  if (!parsed.ok) return { value: 0, problem: parsed.problem };
  const amount =
    discount.kind === 'percent'
      ? Number(roundDiv(BigInt(subtotal) * BigInt(parsed.value), 10_000n))
      : parsed.value;
  if (amount > subtotal) return { value: -subtotal, problem: 'tooLarge' };
  return { value: -amount };
}

/**
 * Splits `amount` across `weights` proportionally, by largest remainder, so the shares add up
 * to exactly `amount`. Weights are non-negative.
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || amount === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => BigInt(amount) * BigInt(weight));
  const shares = exact.map((value) => value / BigInt(sum));
  const remainders = exact.map((value, index) => ({
    index,
    rest: value - (shares[index] ?? 0n) * BigInt(sum),
  }));
  let left = BigInt(amount) - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

/** The deposit in cents, capped at the total incl. VAT (beyond is a problem). */
function depositOf(
  deposit: QuoteContent['deposit'],
  totalTTC: number,
): { value: number; problem?: DecimalProblem } {
  if (deposit.value.trim() === '') return { value: 0 };
  const parsed =
    deposit.kind === 'percent' ? parsePercent(deposit.value) : parseCents(deposit.value);
  if (!parsed.ok) return { value: 0, problem: parsed.problem };
  const amount =
    deposit.kind === 'percent'
      ? Number(roundDiv(BigInt(totalTTC) * BigInt(parsed.value), 10_000n))
      : parsed.value;
  if (amount > totalTTC) return { value: totalTTC, problem: 'tooLarge' };
  return { value: amount };
}

/**
 * Computes a quote's totals. Under the VAT franchise (`vatApplies` false) every line counts at
 * 0 %, whatever rate it carries, and the quote says "TVA non applicable, art. 293 B du CGI".
 */
export function quoteTotals(content: QuoteContent, vatApplies: boolean): QuoteTotals {
  const lines = new Map<string, LineTotal>();
  const perRate = new Map<VatRate, number>();
  const add = (rate: VatRate, amount: number) => {
    const effective: VatRate = vatApplies ? rate : 0;
    perRate.set(effective, (perRate.get(effective) ?? 0) + amount);
  };
  for (const item of content.items) {
    if (item.type !== 'line') continue;
    const computed = lineTotal(item);
    lines.set(item.id, computed);
    add(item.vatRate, computed.total);
  }
  const problems: QuoteTotals['problems'] = {};
  let travel = 0;
  if (content.travel.trim() !== '') {
    const parsed = parseCents(content.travel, QUOTE_LIMITS.unitPriceMax);
    if (parsed.ok) travel = parsed.value;
    else problems.travel = parsed.problem;
    add(content.travelVatRate, travel);
  }
  const subtotal = [...perRate.values()].reduce((a, b) => a + b, 0);
  const discount = globalDiscount(content.discount, subtotal);
  if (discount.problem) problems.discount = discount.problem;
  const used = VAT_RATES.filter((rate) => perRate.has(rate));
  const shares = allocate(
    -discount.value,
    used.map((rate) => perRate.get(rate) ?? 0),
  );
  const rates = used.map((rate, index) => {
    const base = (perRate.get(rate) ?? 0) - (shares[index] ?? 0);
    return { rate, base, vat: Number(roundDiv(BigInt(base) * BigInt(rate), 10_000n)) };
  });
  const totalHT = rates.reduce((sum, rate) => sum + rate.base, 0);
  const totalVAT = rates.reduce((sum, rate) => sum + rate.vat, 0);
  const totalTTC = totalHT + totalVAT;
  const deposit = depositOf(content.deposit, totalTTC);
  if (deposit.problem) problems.deposit = deposit.problem;
  return {
    lines,
    travel,
    subtotal,
    discount: discount.value,
    rates,
    totalHT,
    totalVAT,
    totalTTC,
    deposit: deposit.value,
    balance: totalTTC - deposit.value,
    problems,
  };
}

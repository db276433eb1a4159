import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteContent, QuoteLine } from '../../../db/schema';
import { VAT_RATES, type VatRate } from '../../../domain/quotes';
import { emptyContent } from './content';
import { formatScaled } from './decimal';
import { allocate, lineTotal, quoteTotals } from './totals';

const DEFAULTS = {
  validityDays: 30,
  paymentTerms: '',
  executionTerms: '',
  vatRate: 2000 as VatRate,
};

function line(
  id: string,
  quantity: string,
  unitPrice: string,
  vatRate: VatRate,
  discount = '',
): QuoteLine {
  return { type: 'line', id, designation: id, quantity, unit: 'u', unitPrice, vatRate, discount };
}

function content(lines: QuoteLine[], extra: Partial<QuoteContent> = {}): QuoteContent {
  return { ...emptyContent(DEFAULTS), items: lines, ...extra };
}

describe('lineTotal', () => {
  it('multiplies quantity and unit price, rounding once to the cent', () => {
    expect(lineTotal(line('a', '2,5', '10,01', 2000)).total).toBe(2503); // 25,025 → 25,03
    expect(lineTotal(line('a', '0,333', '0,10', 2000)).total).toBe(3); // 0,0333 → 0,03
    expect(lineTotal(line('a', '3', '19,99', 1000, '10')).total).toBe(5397); // 53,973
    expect(lineTotal(line('a', '3', '19,99', 1000, '10')).discount).toBe(-600);
  });

  it('names the fields it cannot read and counts the line as zero', () => {
    const result = lineTotal(line('a', '-2', '', 2000, '120'));
    expect(result.total).toBe(0);
    expect(result.problems).toEqual({
      quantity: 'negative',
      unitPrice: 'empty',
      discount: 'tooLarge',
    });
  });
});

describe('quoteTotals', () => {
  it('sums lines per rate, then computes VAT per rate', () => {
    const totals = quoteTotals(
      content([
        line('a', '12,5', '28', 1000),
        line('b', '1', '450', 1000),
        line('c', '1', '35,90', 2000),
      ]),
      true,
    );
    expect(totals.rates).toEqual([
      { rate: 2000, base: 3590, vat: 718 },
      { rate: 1000, base: 80000, vat: 8000 },
    ]);
    expect(totals.totalHT).toBe(83590);
    expect(totals.totalVAT).toBe(8718);
    expect(totals.totalTTC).toBe(92308);
  });

  it('adds travel costs at their rate, a global discount shared across rates, and a deposit', () => {
    const totals = quoteTotals(
      content([line('a', '1', '1000', 1000), line('b', '1', '1000', 2000)], {
        travel: '50',
        travelVatRate: 1000,
        discount: { kind: 'amount', value: '100' },
        deposit: { kind: 'percent', value: '30' },
      }),
      true,
    );
    expect(totals.travel).toBe(5000);
    expect(totals.subtotal).toBe(205000);
    expect(totals.discount).toBe(-10000);
    expect(totals.rates.map((r) => r.base)).toEqual([95122, 99878]);
    expect(totals.totalHT).toBe(195000);
    expect(totals.deposit + totals.balance).toBe(totals.totalTTC);
    expect(totals.deposit).toBe(Math.round(totals.totalTTC * 0.3));
  });

  it('counts every line at 0 % under the VAT franchise', () => {
    const totals = quoteTotals(
      content([line('a', '1', '100', 1000), line('b', '2', '10', 2000)]),
      false,
    );
    expect(totals.rates).toEqual([{ rate: 0, base: 12000, vat: 0 }]);
    expect(totals.totalTTC).toBe(12000);
  });

  it('flags a deposit or discount larger than the total and caps it', () => {
    const totals = quoteTotals(
      content([line('a', '1', '100', 2000)], {
        deposit: { kind: 'amount', value: '500' },
        discount: { kind: 'amount', value: '200' },
      }),
      true,
    );
    expect(totals.problems).toEqual({ deposit: 'tooLarge', discount: 'tooLarge' });
    expect(totals.totalTTC).toBe(0);
    expect(totals.balance).toBe(0);
  });
});

describe('allocate', () => {
  it('splits exactly, in proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 4 }),
        (amount, weights) => {
          const shares = allocate(amount, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(sum === 0 ? 0 : amount);
          shares.forEach((share, i) => {
            expect(share).toBeGreaterThanOrEqual(0);
            if (sum > 0)
              expect(Math.abs(share - (amount * (weights[i] ?? 0)) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

// Random lines as a person types them: quantities with up to 3 decimals, prices with up to 2.
const arbitraryLine = fc
  .record({
    quantity: fc.integer({ min: 1, max: 99_999_000 }),
    price: fc.integer({ min: 0, max: 99_999_999 }),
    rate: fc.constantFrom(...VAT_RATES),
    discount: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
  })
  .map(({ quantity, price, rate, discount }) => ({ quantity, price, rate, discount }));

describe('quoteTotals, for random lines', () => {
  const lines = fc.array(arbitraryLine, { minLength: 1, maxLength: 60 });

  it('equals the per-rate sums of the rounded lines, with no floating-point drift', () => {
    fc.assert(
      fc.property(lines, fc.boolean(), (generated, vatApplies) => {
        const quoteLines = generated.map((g, i) =>
          line(
            `l${i}`,
            formatScaled(g.quantity, 3),
            formatScaled(g.price, 2),
            g.rate,
            g.discount === undefined ? '' : formatScaled(g.discount, 2),
          ),
        );
        const totals = quoteTotals(content(quoteLines), vatApplies);
        // The reference: exact rational arithmetic in BigInt, rounded per line.
        const expected = new Map<number, bigint>();
        generated.forEach((g) => {
          const exact = BigInt(g.quantity) * BigInt(g.price) * BigInt(10_000 - (g.discount ?? 0));
          const rounded = (exact * 2n + 10_000_000n) / 20_000_000n;
          const rate = vatApplies ? g.rate : 0;
          expected.set(rate, (expected.get(rate) ?? 0n) + rounded);
        });
        for (const rate of totals.rates) {
          expect(BigInt(rate.base)).toBe(expected.get(rate.rate));
          expect(Number.isSafeInteger(rate.vat)).toBe(true);
          expect(rate.vat).toBe(
            Number((BigInt(rate.base) * BigInt(rate.rate) * 2n + 10_000n) / 20_000n),
          );
        }
        expect(totals.rates.length).toBe(expected.size);
        expect(totals.totalHT).toBe(totals.rates.reduce((s, r) => s + r.base, 0));
        expect(totals.totalVAT).toBe(totals.rates.reduce((s, r) => s + r.vat, 0));
        expect(totals.totalTTC).toBe(totals.totalHT + totals.totalVAT);
        for (const value of [totals.totalHT, totals.totalVAT, totals.totalTTC, totals.balance]) {
          expect(Number.isSafeInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        for (const computed of totals.lines.values()) {
          expect(computed.total).toBeGreaterThanOrEqual(0);
          expect(computed.discount).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('keeps discounts and deposits within the total, and deposit + balance = TTC', () => {
    fc.assert(
      fc.property(
        lines,
        fc.constantFrom('percent', 'amount') as fc.Arbitrary<'percent' | 'amount'>,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (generated, kind, discountValue, depositValue) => {
          const quoteLines = generated.map((g, i) =>
            line(`l${i}`, formatScaled(g.quantity, 3), formatScaled(g.price, 2), g.rate),
          );
          const totals = quoteTotals(
            content(quoteLines, {
              discount: { kind, value: formatScaled(discountValue, 2) },
              deposit: { kind, value: formatScaled(depositValue, 2) },
            }),
            true,
          );
          expect(totals.discount).toBeLessThanOrEqual(0);
          expect(totals.totalHT).toBe(totals.subtotal + totals.discount);
          expect(totals.totalHT).toBeGreaterThanOrEqual(0);
          expect(totals.deposit).toBeGreaterThanOrEqual(0);
          expect(totals.deposit + totals.balance).toBe(totals.totalTTC);
          expect(totals.balance).toBeGreaterThanOrEqual(0);
          for (const rate of totals.rates) expect(rate.base).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

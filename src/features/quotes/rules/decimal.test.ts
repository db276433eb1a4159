import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCentsInput,
  formatScaled,
  parseCents,
  parseDecimal,
  parsePercent,
  roundDiv,
} from './decimal';

describe('parseDecimal', () => {
  it('reads numbers as artisans type them', () => {
    expect(parseDecimal('12,5', 2)).toEqual({ ok: true, value: 1250 });
    expect(parseDecimal('12.5', 3)).toEqual({ ok: true, value: 12500 });
    expect(parseDecimal('1 250,50', 2)).toEqual({ ok: true, value: 125050 });
    expect(parseDecimal('1\u202f250,50', 2)).toEqual({ ok: true, value: 125050 });
    expect(parseDecimal('1\u00a0250', 2)).toEqual({ ok: true, value: 125000 });
    expect(parseDecimal(',5', 2)).toEqual({ ok: true, value: 50 });
    expect(parseDecimal('7,', 2)).toEqual({ ok: true, value: 700 });
    expect(parseDecimal('007', 0)).toEqual({ ok: true, value: 7 });
  });

  it('names what is wrong', () => {
    expect(parseDecimal('', 2)).toEqual({ ok: false, problem: 'empty' });
    expect(parseDecimal('  ', 2)).toEqual({ ok: false, problem: 'empty' });
    expect(parseDecimal('abc', 2)).toEqual({ ok: false, problem: 'format' });
    expect(parseDecimal('1,2,3', 2)).toEqual({ ok: false, problem: 'format' });
    expect(parseDecimal('12 €', 2)).toEqual({ ok: false, problem: 'format' });
    expect(parseDecimal('1,234', 2)).toEqual({ ok: false, problem: 'decimals' });
    expect(parseDecimal('-3', 2)).toEqual({ ok: false, problem: 'negative' });
    expect(parseDecimal('-3', 2, { allowNegative: true })).toEqual({ ok: true, value: -300 });
    expect(parseDecimal('1e9', 2)).toEqual({ ok: false, problem: 'format' });
    expect(parseDecimal('99999999999999999999', 2)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseDecimal('1000', 2, { max: 99_999 })).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseDecimal('🙂', 2)).toEqual({ ok: false, problem: 'format' });
  });

  it('reads percentages and euros', () => {
    expect(parsePercent('12,5 %')).toEqual({ ok: true, value: 1250 });
    expect(parsePercent('150')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseCents('0,99')).toEqual({ ok: true, value: 99 });
  });

  it('gives back what formatScaled wrote', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 3 }),
        (value, scale) => {
          expect(parseDecimal(formatScaled(value, scale), scale)).toEqual({ ok: true, value });
        },
      ),
    );
  });
});

describe('roundDiv', () => {
  it('rounds half away from zero', () => {
    expect(roundDiv(5n, 10n)).toBe(1n);
    expect(roundDiv(4n, 10n)).toBe(0n);
    expect(roundDiv(-5n, 10n)).toBe(-1n);
    expect(roundDiv(-4n, 10n)).toBe(0n);
    expect(roundDiv(15n, 10n)).toBe(2n);
  });

  it('is within half a unit of the exact quotient', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (n, d) => {
          const q = roundDiv(n, d);
          const error = q * d - n;
          expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
        },
      ),
    );
  });
});

describe('formatCentsInput', () => {
  it('writes whole euros without decimals and cents with two', () => {
    expect(formatCentsInput(2300)).toBe('23');
    expect(formatCentsInput(450)).toBe('4,50');
    expect(formatCentsInput(1205)).toBe('12,05');
    expect(formatCentsInput(7)).toBe('0,07');
  });
});

import { describe, expect, it } from 'vitest';
import { DEVICE_PREFIX, formatQuoteNumber, isVatRate, seriesId } from './quotes';

describe('formatQuoteNumber', () => {
  it('writes D-YYYY-NNNN, with the device prefix and the version when there are any', () => {
    expect(formatQuoteNumber({ prefix: '', year: 2026, sequence: 1 })).toBe('D-2026-0001');
    expect(formatQuoteNumber({ prefix: 'LM', year: 2026, sequence: 42 })).toBe('D-LM-2026-0042');
    expect(formatQuoteNumber({ prefix: '', year: 2026, sequence: 7, version: 1 })).toBe(
      'D-2026-0007',
    );
    expect(formatQuoteNumber({ prefix: '', year: 2026, sequence: 7, version: 3 })).toBe(
      'D-2026-0007-V3',
    );
    expect(formatQuoteNumber({ prefix: '', year: 2027, sequence: 12345 })).toBe('D-2027-12345');
  });

  it('keeps one series per prefix and year', () => {
    expect(seriesId('', 2026)).toBe('-2026');
    expect(seriesId('LM', 2026)).toBe('LM-2026');
  });

  it('accepts short capital prefixes only', () => {
    expect(['A', 'LM', 'B2', 'ABCD'].every((p) => DEVICE_PREFIX.test(p))).toBe(true);
    expect(['', 'lm', 'ABCDE', 'L-M'].some((p) => DEVICE_PREFIX.test(p))).toBe(false);
  });

  it('knows the French VAT rates', () => {
    expect([2000, 1000, 550, 0].every(isVatRate)).toBe(true);
    expect(isVatRate(1960)).toBe(false);
  });
});

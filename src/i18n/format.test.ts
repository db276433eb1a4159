import { afterEach, describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatMinutes,
  formatMoney,
  formatNumber,
  intlLocale,
} from './format';

/** French separates with narrow (U+202F) and plain (U+00A0) no-break spaces: compare as spaces. */
const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('intlLocale', () => {
  it('maps UI languages to the Intl locale of the country', () => {
    expect(intlLocale('fr')).toBe('fr-FR');
    expect(intlLocale('en')).toBe('en-GB');
  });
});

describe('formatMoney', () => {
  it('formats integer cents as euros in French', () => {
    expect(spaces(formatMoney(123456, 'fr'))).toBe('1 234,56 €');
    expect(spaces(formatMoney(0, 'fr'))).toBe('0,00 €');
    expect(spaces(formatMoney(5, 'fr'))).toBe('0,05 €');
    expect(spaces(formatMoney(100, 'fr'))).toBe('1,00 €');
    expect(spaces(formatMoney(123456789, 'fr'))).toBe('1 234 567,89 €');
  });

  it('formats integer cents as euros in English', () => {
    expect(formatMoney(123456, 'en')).toBe('€1,234.56');
    expect(formatMoney(0, 'en')).toBe('€0.00');
    expect(formatMoney(5, 'en')).toBe('€0.05');
  });

  it('formats negative amounts', () => {
    expect(spaces(formatMoney(-1050, 'fr'))).toMatch(/^-\s?10,50 €$/);
    expect(formatMoney(-1050, 'en')).toBe('-€10.50');
  });

  it('keeps a French amount on one line: only no-break spaces', () => {
    const text = formatMoney(123456, 'fr');
    expect(text).not.toMatch(/ /);
    expect(text).toMatch(/\u00a0€$/);
  });

  it('uses the currency given', () => {
    expect(formatMoney(123456, 'en', 'GBP')).toBe('£1,234.56');
    expect(spaces(formatMoney(123456, 'fr', 'CHF'))).toBe('1 234,56 CHF');
  });
});

describe('formatNumber', () => {
  it('uses the separators of the language and rounds to the digits asked', () => {
    expect(spaces(formatNumber(1234.56, 'fr'))).toBe('1 235');
    expect(spaces(formatNumber(1234.56, 'fr', 1))).toBe('1 234,6');
    expect(formatNumber(1234.56, 'en', 1)).toBe('1,234.6');
    expect(formatNumber(2, 'en', 2)).toBe('2');
  });
});

describe('formatMinutes', () => {
  const intl = Intl as unknown as Record<string, unknown>;
  const durationFormat = intl.DurationFormat;
  afterEach(() => {
    if (durationFormat === undefined) delete intl.DurationFormat;
    else intl.DurationFormat = durationFormat;
  });

  describe('with the Intl of this runtime', () => {
    it('shows zero as minutes', () => {
      expect(spaces(formatMinutes(0, 'fr'))).toBe('0 min');
      expect(spaces(formatMinutes(0, 'en'))).toMatch(/^0 mins?$/);
    });

    it('rounds less than half a minute to zero', () => {
      expect(spaces(formatMinutes(0.4, 'fr'))).toBe('0 min');
    });

    it('shows less than an hour as minutes only', () => {
      expect(spaces(formatMinutes(45, 'fr'))).toBe('45 min');
      expect(spaces(formatMinutes(45, 'en'))).toMatch(/^45 mins?$/);
    });

    it('shows whole hours without "0 min"', () => {
      expect(spaces(formatMinutes(60, 'fr'))).toBe('1 h');
      expect(spaces(formatMinutes(60, 'en'))).toBe('1 hr');
      expect(spaces(formatMinutes(180, 'fr'))).toBe('3 h');
    });

    it('shows hours and minutes', () => {
      expect(spaces(formatMinutes(126, 'fr'))).toMatch(/^2 h,?( et)? 6 min$/);
      expect(spaces(formatMinutes(126, 'en'))).toMatch(/^2 hrs?,? 6 mins?$/);
    });

    it('carries minutes that round up to 60 into the hours', () => {
      expect(spaces(formatMinutes(59.6, 'fr'))).toBe('1 h');
      expect(spaces(formatMinutes(119.6, 'fr'))).toBe('2 h');
    });
  });

  describe('where Intl.DurationFormat is missing', () => {
    it('joins hour and minute units', () => {
      delete intl.DurationFormat;
      expect(spaces(formatMinutes(0, 'fr'))).toBe('0 min');
      expect(spaces(formatMinutes(45, 'fr'))).toBe('45 min');
      expect(spaces(formatMinutes(60, 'fr'))).toBe('1 h');
      expect(spaces(formatMinutes(126, 'fr'))).toBe('2 h 6 min');
      expect(formatMinutes(60, 'en')).toBe('1 hr');
      expect(formatMinutes(126, 'en')).toBe('2 hrs 6 mins');
    });
  });

  describe('where Intl.DurationFormat exists', () => {
    it('passes it the hours and minutes, leaving out zero minutes', () => {
      // Records what formatMinutes asks for; the runtime may not have DurationFormat at all.
      const calls: Array<{ locale: string; duration: Record<string, number> }> = [];
      intl.DurationFormat = class {
        constructor(private readonly locale: string) {}
        format(duration: Record<string, number>): string {
          calls.push({ locale: this.locale, duration });
          return 'formatted';
        }
      };
      expect(formatMinutes(126, 'fr')).toBe('formatted');
      expect(formatMinutes(60, 'en')).toBe('formatted');
      expect(formatMinutes(45, 'fr')).toBe('formatted');
      expect(calls).toEqual([
        { locale: 'fr-FR', duration: { hours: 2, minutes: 6 } },
        { locale: 'en-GB', duration: { hours: 1 } },
        { locale: 'fr-FR', duration: { minutes: 45 } },
      ]);
    });
  });
});

describe('formatBytes', () => {
  it('keeps bytes below 1000 as bytes', () => {
    expect(spaces(formatBytes(0, 'fr'))).toBe('0 o');
    expect(spaces(formatBytes(999, 'fr'))).toBe('999 o');
    expect(formatBytes(999, 'en')).toMatch(/^999 (byte|B)$/);
  });

  it('uses decimal kilo, mega and giga with one decimal at most', () => {
    expect(spaces(formatBytes(1000, 'fr'))).toBe('1 ko');
    expect(spaces(formatBytes(1500, 'fr'))).toBe('1,5 ko');
    expect(formatBytes(1500, 'en')).toBe('1.5 kB');
    expect(spaces(formatBytes(1_250_000, 'fr'))).toBe('1,3 Mo');
    expect(formatBytes(1_250_000, 'en')).toBe('1.3 MB');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB');
  });

  it('stops at gigabytes', () => {
    expect(formatBytes(5_000_000_000_000, 'en')).toBe('5,000 GB');
    expect(spaces(formatBytes(5_000_000_000_000, 'fr'))).toBe('5 000 Go');
  });
});

describe('formatDate', () => {
  it('shows a medium date in each language', () => {
    const day = new Date(2026, 10, 22, 15, 0).getTime();
    expect(spaces(formatDate(day, 'fr'))).toBe('22 nov. 2026');
    expect(formatDate(day, 'en')).toBe('22 Nov 2026');
  });

  it('uses the device time zone (Europe/Paris in tests)', () => {
    // 23:30 UTC on 22 November is already 00:30 on 23 November in Paris.
    expect(spaces(formatDate(Date.parse('2026-11-22T23:30:00Z'), 'fr'))).toBe('23 nov. 2026');
  });
});

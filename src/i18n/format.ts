import { LANGUAGE_TABLE, type Language } from '../domain/languages';

/** The BCP 47 locale used by Intl for a UI language. */
export function intlLocale(lang: Language): string {
  return LANGUAGE_TABLE[lang].intl;
}

/** Money from integer cents, e.g. 123456 → "1 234,56 €" in French. */
export function formatMoney(cents: number, lang: Language, currency = 'EUR'): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency }).format(
    cents / 100,
  );
}

/** A plain number with the locale's separators. */
export function formatNumber(value: number, lang: Language, digits = 0): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

/** A date (epoch ms) as a readable day, e.g. "22 nov. 2026". */
export function formatDate(at: number, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium' }).format(at);
}

/** Minutes as hours and minutes, rounded to the minute, e.g. 126 → "2 h et 6 min" in French. */
export function formatMinutes(minutes: number, lang: Language): string {
  const total = Math.round(minutes);
  if (total === 0) {
    return new Intl.NumberFormat(intlLocale(lang), {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'short',
    }).format(0);
  }
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts: Record<string, number> = hours > 0 ? { hours, minutes: rest } : { minutes: rest };
  if (hours > 0 && rest === 0) delete parts.minutes;
  // Intl.DurationFormat is recent; fall back to unit formatting where it is missing.
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (Duration) return new Duration(intlLocale(lang), { style: 'short' }).format(parts);
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(intlLocale(lang), {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
    }).format(value);
  return [
    parts.hours !== undefined ? unit(parts.hours, 'hour') : '',
    parts.minutes !== undefined ? unit(parts.minutes, 'minute') : '',
  ]
    .filter(Boolean)
    .join(' ');
}

type DurationFormatCtor = new (
  locale: string,
  options: { style: 'short' },
) => { format(duration: Record<string, number>): string };

/** A byte count as kB/MB/GB with the locale's separators. */
export function formatBytes(bytes: number, lang: Language): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let index = 0;
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000;
    index += 1;
  }
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'unit',
    unit: units[index],
    unitDisplay: 'short',
    maximumFractionDigits: index === 0 ? 0 : 1,
  }).format(value);
}

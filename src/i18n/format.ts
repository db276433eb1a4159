import { LANGUAGE_TABLE, type Language } from '../domain/languages';

// Building an Intl formatter is far slower than using one (the first one of a page even loads
// locale data), and screens format in every render: each formatter is built once per language
// and options, then reused.
const formatters = new Map<string, { format(value: never): string }>();

/** The formatter `build` makes for `lang` and `options`, built on first use only. */
function formatter<F extends { format(value: never): string }, O>(
  kind: string,
  lang: Language,
  options: O,
  build: (locale: string, options: O) => F,
): F {
  const key = `${kind} ${lang} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = build(intlLocale(lang), options);
    formatters.set(key, found);
  }
  return found as F;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options);

/** The BCP 47 locale used by Intl for a UI language. */
export function intlLocale(lang: Language): string {
  return LANGUAGE_TABLE[lang].intl;
}

/** Money from integer cents, e.g. 123456 → "1 234,56 €" in French. */
export function formatMoney(cents: number, lang: Language, currency = 'EUR'): string {
  return formatter('number', lang, { style: 'currency', currency }, numberFormat).format(
    cents / 100,
  );
}

/** A plain number with the locale's separators. */
export function formatNumber(value: number, lang: Language, digits = 0): string {
  return formatter(
    'number',
    lang,
    { maximumFractionDigits: digits, minimumFractionDigits: 0 },
    numberFormat,
  ).format(value);
}

/** A date (epoch ms) as a readable day, e.g. "22 nov. 2026". */
export function formatDate(at: number, lang: Language): string {
  return formatter(
    'date',
    lang,
    { dateStyle: 'medium' },
    (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
  ).format(at);
}

/** A moment (epoch ms) as a short day and time, e.g. "mer. 2 déc., 14:05". */
export function formatDayTime(at: number, lang: Language): string {
  return formatter(
    'date',
    lang,
    { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
    (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
  ).format(at);
}

/** Minutes as hours and minutes, rounded to the minute, e.g. 126 → "2 h et 6 min" in French. */
export function formatMinutes(minutes: number, lang: Language): string {
  const total = Math.round(minutes);
  const unit = (value: number, name: 'hour' | 'minute') =>
    formatter(
      'number',
      lang,
      { style: 'unit', unit: name, unitDisplay: 'short' },
      numberFormat,
    ).format(value);
  if (total === 0) return unit(0, 'minute');
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const parts: Record<string, number> = hours > 0 ? { hours, minutes: rest } : { minutes: rest };
  if (hours > 0 && rest === 0) delete parts.minutes;
  // Intl.DurationFormat is recent; fall back to unit formatting where it is missing.
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (Duration) {
    const build = (locale: string, options: { style: 'short' }) => new Duration(locale, options);
    return formatter('duration', lang, { style: 'short' as const }, build).format(parts);
  }
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
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit: units[index],
    unitDisplay: 'short',
    maximumFractionDigits: index === 0 ? 0 : 1,
  };
  return formatter('number', lang, options, numberFormat).format(value);
}

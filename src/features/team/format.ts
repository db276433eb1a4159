import { language } from '../../i18n';
import { intlLocale } from '../../i18n/format';

/** A day and time, e.g. "18 nov. 2026, 10:05". */
export function formatDateTime(at: number): string {
  return new Intl.DateTimeFormat(intlLocale(language()), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

/** A time of day, e.g. "10:05". */
export function formatClock(at: number): string {
  return new Intl.DateTimeFormat(intlLocale(language()), { timeStyle: 'short' }).format(at);
}

/** A short day and month, e.g. "3 nov.". */
export function formatShortDay(at: number): string {
  return new Intl.DateTimeFormat(intlLocale(language()), { day: 'numeric', month: 'short' }).format(
    at,
  );
}

/** An average of stars with one decimal, e.g. "4,3". */
export function formatAverage(value: number): string {
  return new Intl.NumberFormat(intlLocale(language()), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

import { language } from '../../i18n';
import { intlLocale } from '../../i18n/format';

/** Hours with one decimal and the locale's unit, e.g. 43 min → "0,7 h" in French. */
export function formatHours(minutes: number): string {
  return new Intl.NumberFormat(intlLocale(language()), {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(minutes / 60);
}

/** An average of stars with exactly one decimal, e.g. "4,0" in French. */
export function formatStars(average: number): string {
  return new Intl.NumberFormat(intlLocale(language()), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}

/** A day as the artisan says it, e.g. "lundi 3 novembre". */
export function formatDay(at: number): string {
  return new Intl.DateTimeFormat(intlLocale(language()), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

/** A short day and month, e.g. "3 nov." (chart axis, week rows). */
export function formatShortDay(at: number): string {
  return new Intl.DateTimeFormat(intlLocale(language()), { day: 'numeric', month: 'short' }).format(
    at,
  );
}

/** A month of a year, e.g. "novembre 2025". */
export function formatMonth(year: number, month: number): string {
  return new Intl.DateTimeFormat(intlLocale(language()), { month: 'long', year: 'numeric' }).format(
    new Date(year, month - 1, 1),
  );
}

/** A time of day, e.g. "14:05". */
export function formatTime(at: number): string {
  return new Intl.DateTimeFormat(intlLocale(language()), { timeStyle: 'short' }).format(at);
}

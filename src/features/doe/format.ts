import { language, t } from '../../i18n';
import { formatBytes, intlLocale } from '../../i18n/format';

// Days, dates and sizes as the DOE screens and its PDF say them, in the current language.

/** A calendar day typed as `YYYY-MM-DD`, e.g. "4 août 2026"; '' stays ''. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return '';
  return new Intl.DateTimeFormat(intlLocale(language()), { dateStyle: 'long' }).format(
    new Date(year, month - 1, date),
  );
}

/** A job's dates as a phrase: "du 4 août au 24 août 2026", "depuis le…", "jusqu'au…" or ''. */
export function formatDates(start: string, end: string): string {
  const [from, to] = [formatDay(start), formatDay(end)];
  if (from && to) return t('doe:job.dates.range', { start: from, end: to });
  if (from) return t('doe:job.dates.from', { start: from });
  if (to) return t('doe:job.dates.until', { end: to });
  return '';
}

/** A byte count in the current language, e.g. "1,2 Mo". */
export function formatSize(bytes: number): string {
  return formatBytes(bytes, language());
}

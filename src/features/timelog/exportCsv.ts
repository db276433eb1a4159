import { listRatings } from '../../db/ratings';
import { listAllEntries } from '../../db/timeEntries';
import type { TimeCategory } from '../../domain/categories';
import { language, loadNamespace, t } from '../../i18n';
import { now } from '../../lib/clock';
import { findMeta } from '../../templates/catalogue/meta';
import { CATALOGUE_NS, templateTitle } from '../templates/labels';
import { type CsvLabels, toCsv } from './csv';
import { csvFileName } from './timelogRules';

/** What became of an export. */
export type ExportOutcome = 'shared' | 'downloaded' | 'cancelled';

/** The export's words in the current language (template titles are in `catalogue`). */
async function csvLabels(): Promise<CsvLabels> {
  const lang = language();
  await loadNamespace(lang, CATALOGUE_NS);
  const header = (key: string) => t(`timelog:csv.headers.${key}`);
  return {
    headers: {
      date: header('date'),
      kind: header('kind'),
      minutes: header('minutes'),
      hours: header('hours'),
      category: header('category'),
      template: header('template'),
      source: header('source'),
      stars: header('stars'),
      note: header('note'),
    },
    kind: { time: t('timelog:csv.kind.time'), rating: t('timelog:csv.kind.rating') },
    category: (category: TimeCategory) => t(`categories.${category}`),
    source: (source: string) => t(`timelog:csv.sources.${source}`, { defaultValue: source }),
    template: (id: string) => {
      const meta = findMeta(id);
      return meta ? templateTitle(meta) : id;
    },
  };
}

/** Saves a file through a temporary link (where the system share sheet cannot take files). */
function download(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Exports every entry and rating as a CSV file (French Excel conventions in French: decimal
 * comma, `;`). Shares the file where the system share sheet accepts files (phones), else
 * downloads it as `etabli-temps-gagne-YYYY-MM-DD.csv`.
 */
export async function exportCsv(): Promise<ExportOutcome> {
  const [entries, ratings, labels] = await Promise.all([
    listAllEntries(),
    listRatings(),
    csvLabels(),
  ]);
  const csv = toCsv(entries, ratings, labels, language() === 'fr');
  const file = new File([csv], csvFileName(now()), { type: 'text/csv;charset=utf-8' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: t('timelog:exportCsv.shareTitle') });
      return 'shared';
    } catch (error) {
      // The artisan closed the share sheet: nothing to do. Any other failure falls back.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  download(file);
  return 'downloaded';
}

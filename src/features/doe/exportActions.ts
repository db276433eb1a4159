import { updateJob } from '../../db/jobs';
import { loadProfile } from '../../db/profile';
import type { AttachmentRecord } from '../../db/schema';
import { entryForDocument, logMinutesForDocument } from '../../db/timeEntries';
import { language } from '../../i18n';
import { intlLocale } from '../../i18n/format';
import { now } from '../../lib/clock';
import { readJob } from './jobData';
import { renderReport } from './pdf/render';
import { buildReport, type ReportWords } from './pdf/report';
import { formatDates, formatDay, formatSize, td } from './strings';
import { attempt } from './toast';

// The handover: checking what the DOE holds, making the PDF on the phone, sharing it, and the
// time it saved. Nothing here needs the network.

/** Minutes first proposed for an exported DOE: gathering it at the end of a job takes hours. */
export const DOE_BASELINE_MINUTES = 60;

/** Name of the performance measure around making the PDF (read by the bench). */
export const PDF_MEASURE = 'doe-pdf';
/** Name of the measure of loading the PDF module and fonts, the first part of PDF_MEASURE. */
export const PDF_ENGINE_MEASURE = 'doe-pdf-engine';

/**
 * The attachments this device can no longer read (a browser may lose stored files under storage
 * pressure): each is opened and its size compared with the size recorded when it was stored.
 */
export async function unreadableAttachments(
  attachments: readonly AttachmentRecord[],
): Promise<AttachmentRecord[]> {
  const unreadable: AttachmentRecord[] = [];
  for (const record of attachments) {
    try {
      if (record.blob.size !== record.size) throw new Error('size changed');
      await record.blob.slice(0, 2).arrayBuffer();
    } catch {
      unreadable.push(record);
    }
  }
  return unreadable;
}

/** Loads the PDF module (one lazy chunk, precached) with its fonts. */
async function loadPdf() {
  const pdf = await import('../../pdf');
  return { pdf, fonts: await pdf.loadFonts() };
}

/** Loads the PDF module and its fonts ahead of an export (while the artisan reads the screen). */
export function warmPdf(): void {
  loadPdf().catch((error: unknown) => console.error('The PDF module could not be loaded', error));
}

/** Words of the PDF in the current language. */
function words(): ReportWords {
  const locale = intlLocale(language());
  return {
    t: (key, vars) => td(key, vars),
    day: formatDay,
    dates: formatDates,
    date: (at) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at),
    size: formatSize,
  };
}

/** A made PDF, ready to share or download. */
export interface MadePdf {
  file: File;
  pages: number;
  unreadable: AttachmentRecord[];
}

/** Makes the handover PDF of a job and records when it was made; null when it failed. */
export async function makeDoePdf(jobId: string): Promise<MadePdf | null> {
  const start = performance.now();
  try {
    const loading = loadPdf().then((loaded) => {
      performance.measure(PDF_ENGINE_MEASURE, { start, end: performance.now() });
      return loaded;
    });
    const [data, profile, { pdf, fonts }] = await Promise.all([
      readJob(jobId),
      loadProfile(),
      loading,
    ]);
    if (!data.job) return null;
    const report = buildReport({ ...data, job: data.job, profile, at: now(), words: words() });
    const rendered = await renderReport(
      report,
      words(),
      { fonts, lang: intlLocale(language()), author: profile.name.trim() },
      pdf,
    );
    performance.measure(PDF_MEASURE, { start, end: performance.now() });
    await attempt(() => updateJob(jobId, { exportedAt: now() }));
    const file = new File([rendered.bytes as BlobPart], report.fileName, {
      type: 'application/pdf',
    });
    return { file, pages: rendered.pages, unreadable: rendered.unreadable };
  } catch (error) {
    console.error('The handover PDF could not be made', error);
    return null;
  }
}

/** Opens the share sheet with the PDF where the device can share files; else says so. */
export async function sharePdf(file: File): Promise<'shared' | 'cancelled' | 'unsupported'> {
  const data = { files: [file], title: file.name };
  if (typeof navigator.canShare !== 'function' || !navigator.canShare(data)) return 'unsupported';
  try {
    await navigator.share(data);
    return 'shared';
  } catch {
    return 'cancelled';
  }
}

/** Saves the PDF through the browser's download. */
export function downloadPdf(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by then; the URL must not hold the PDF in memory longer.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The time already logged for a job's DOE, if any. */
export function doeTimeEntry(jobId: string) {
  return entryForDocument(jobId);
}

/** Logs the minutes an exported DOE saved (category "doe"), once per job. */
export function logDoeMinutes(jobId: string, minutes: number) {
  return attempt(() => logMinutesForDocument({ documentId: jobId, minutes, category: 'doe' }));
}

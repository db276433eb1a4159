import type { Accessor } from 'solid-js';
import { updateJob } from '../../db/jobs';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadProfile } from '../../db/profile';
import type { AttachmentRecord, TimeEntry } from '../../db/schema';
import { entryForDocument, logMinutesForDocument } from '../../db/timeEntries';
import { language, t } from '../../i18n';
import { intlLocale } from '../../i18n/format';
import { now } from '../../lib/clock';
import { type ActionResult, runAction } from '../../ui/action';
import { formatDates, formatDay, formatSize } from './format';
import { readJob } from './jobData';
import { renderReport } from './pdf/render';
import { buildReport, type ReportWords } from './pdf/report';
import { saved } from './saved';

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
    t: (key, vars) => t(key, vars),
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

/** The key of what the screen says when the PDF could not be made. */
export const PDF_FAILED = 'doe:export.failed';

/** Makes the handover PDF of a job and records when it was made. */
export function makeDoePdf(jobId: string): Promise<ActionResult<MadePdf>> {
  return runAction(async () => {
    const start = performance.now();
    const loading = loadPdf().then((loaded) => {
      performance.measure(PDF_ENGINE_MEASURE, { start, end: performance.now() });
      return loaded;
    });
    const [data, profile, { pdf, fonts }] = await Promise.all([
      readJob(jobId),
      loadProfile(),
      loading,
    ]);
    if (!data.job) throw new Error('The job is gone');
    const report = buildReport({ ...data, job: data.job, profile, at: now(), words: words() });
    const rendered = await renderReport(
      report,
      words(),
      { fonts, lang: intlLocale(language()), author: profile.name.trim() },
      pdf,
    );
    performance.measure(PDF_MEASURE, { start, end: performance.now() });
    // The PDF is made even if this date cannot be saved (the toast says so).
    await saved(() => updateJob(jobId, { exportedAt: now() }));
    const file = new File([rendered.bytes as BlobPart], report.fileName, {
      type: 'application/pdf',
    });
    return { file, pages: rendered.pages, unreadable: rendered.unreadable };
  }, PDF_FAILED);
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

/** The time already logged for a job's DOE, or null. */
export async function doeTimeEntry(jobId: string): Promise<TimeEntry | null> {
  return (await entryForDocument(jobId)) ?? null;
}

/** The time logged for a job's DOE (null while none), live: it shows once logged. */
export function createDoeTimeEntry(jobId: Accessor<string>): LiveQuery<TimeEntry | null> {
  return createLiveQuery(doeTimeEntry, jobId);
}

/** Logs the minutes an exported DOE saved (category "doe"), once per job. */
export function logDoeMinutes(jobId: string, minutes: number) {
  return saved(() => logMinutesForDocument({ documentId: jobId, minutes, category: 'doe' }));
}

/** Whether the profile names the company (the PDF's cover does), live. */
export function createCompanyNamed(): LiveQuery<boolean> {
  return createLiveQuery(async () => (await loadProfile()).name.trim() !== '');
}

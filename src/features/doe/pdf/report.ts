import type { CompanyProfile } from '../../../db/profile';
import type { AttachmentRecord, DoeItemRecord, JobRecord } from '../../../db/schema';
import { needsDecennialInsurance } from '../../../domain/trades';
import { itemLabel, progressOf } from '../jobRules';

// What the handover PDF says, worked out before any drawing: pure, so it is tested on its own
// and the renderer only lays it out. Words come through `words`, in the artisan's language.

/** The lookups a report needs, in the language of the PDF. */
export interface ReportWords {
  /** A string of the `doe` namespace. */
  t: (key: string, vars?: Record<string, unknown>) => string;
  /** A calendar day `YYYY-MM-DD` as words; '' for ''. */
  day: (day: string) => string;
  /** A job's dates as a phrase ('' when none). */
  dates: (start: string, end: string) => string;
  /** An instant as a date. */
  date: (at: number) => string;
  /** A byte count. */
  size: (bytes: number) => string;
}

/** One item of the report, with what is attached to it. */
export interface ReportItem {
  number: number;
  label: string;
  status: string;
  required: boolean;
  settled: boolean;
  note: string;
  photos: AttachmentRecord[];
  files: AttachmentRecord[];
}

/** The whole report: cover, summary, missing documents, items. */
export interface Report {
  title: string;
  jobName: string;
  company: string[];
  parties: Array<{ label: string; lines: string[] }>;
  summary: string[];
  missing: string[];
  items: ReportItem[];
  fileName: string;
}

/** The company block of the cover: name (with EI), address, SIRET, contact, decennial insurer. */
export function companyLines(profile: CompanyProfile, t: ReportWords['t']): string[] {
  const name = profile.name.trim();
  const lines = [
    name && profile.legalForm === 'ei' ? `${name} EI` : name,
    profile.street.trim(),
    [profile.postalCode.trim(), profile.city.trim()].filter(Boolean).join(' '),
    profile.siret.trim() ? t('doe:pdf.siret', { siret: profile.siret.trim() }) : '',
    [profile.phone.trim(), profile.email.trim()].filter(Boolean).join(' · '),
    needsDecennialInsurance(profile.trade) && profile.insurerName.trim()
      ? t('doe:pdf.insurer', { insurer: profile.insurerName.trim() })
      : '',
  ];
  return lines.filter(Boolean);
}

/** A file name for the PDF: "DOE - <job> - <date>.pdf", without characters file systems refuse. */
export function pdfFileName(jobName: string, day: string): string {
  const safe = jobName
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `DOE - ${safe.slice(0, 80) || 'chantier'} - ${day}.pdf`;
}

/** Builds the report of a job's DOE. `at` is when it is made. */
export function buildReport(input: {
  profile: CompanyProfile;
  job: JobRecord;
  items: readonly DoeItemRecord[];
  attachments: ReadonlyMap<string, readonly AttachmentRecord[]>;
  at: number;
  words: ReportWords;
}): Report {
  const { profile, job, words } = input;
  const { t } = words;
  const label = (item: DoeItemRecord) => itemLabel(item, (key) => t(key));
  const items = input.items.map((item, index): ReportItem => {
    const attached = input.attachments.get(item.id) ?? [];
    return {
      number: index + 1,
      label: label(item),
      status: t(`doe:itemStatus.${item.status}`),
      required: item.required,
      settled: item.status !== 'missing',
      note: item.note.trim(),
      photos: attached.filter((entry) => entry.kind === 'photo'),
      files: attached.filter((entry) => entry.kind === 'file'),
    };
  });
  const progress = progressOf(input.items);
  const count = (status: DoeItemRecord['status']) =>
    input.items.filter((item) => item.status === status).length;
  const photos = items.reduce((sum, item) => sum + item.photos.length, 0);
  const files = items.reduce((sum, item) => sum + item.files.length, 0);
  const customer = [job.customer.name, job.customer.address].map((line) => line.trim());
  const parties = [
    { label: t('doe:pdf.customer'), lines: customer.filter(Boolean) },
    {
      label: t('doe:pdf.site'),
      lines: [job.siteAddress.trim() || job.customer.address.trim()].filter(Boolean),
    },
    { label: t('doe:pdf.lot'), lines: [job.lot.trim()].filter(Boolean) },
    { label: t('doe:pdf.works'), lines: [words.dates(job.startDate, job.endDate)].filter(Boolean) },
    { label: t('doe:pdf.handedOver'), lines: [words.date(input.at)] },
  ].filter((party) => party.lines.length > 0);
  const isoDay = new Date(input.at - new Date(input.at).getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 10);
  return {
    title: t('doe:pdf.title'),
    jobName: job.name,
    company: companyLines(profile, t),
    parties,
    summary: [
      t('doe:pdf.summaryItems', {
        count: items.length,
        received: count('received'),
        notApplicable: count('not-applicable'),
        missing: count('missing'),
      }),
      t('doe:pdf.summaryRequired', { settled: progress.requiredSettled, count: progress.required }),
      t('doe:pdf.summaryPhotos', { count: photos }),
      ...(files > 0 ? [t('doe:pdf.summaryFiles', { count: files })] : []),
    ],
    missing: items
      .filter((item) => item.required && !item.settled)
      .map((item) => `${item.number}. ${item.label}`),
    items,
    fileName: pdfFileName(job.name, isoDay),
  };
}

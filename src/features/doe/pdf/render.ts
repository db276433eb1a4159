import type { AttachmentRecord } from '../../../db/schema';
import type { Pdf, PdfSetup } from '../../../pdf/engine';
import { STYLE } from '../../../pdf/style';
import type { Report, ReportItem, ReportWords } from './report';

// Lays a DOE report out with the shared PDF engine: a cover (company, customer, site, lot,
// dates, summary, missing documents), the list of items, then each item with its status, note,
// files (embedded in the PDF) and photos, two a row with their captions. Each photo is read just
// before it is drawn and embedded as the JPEG it is (never decoded, never as base64): the phone
// holds one photo's bytes at a time, whatever the number of photos.

/** Photo cells: two a row, at most this tall. */
const PHOTO_HEIGHT = 200;
const GAP = 12;

/** A row's photo height: its tallest photo's, within the cell. */
function rowHeight(row: readonly AttachmentRecord[], cell: number): number {
  const heights = row.map((photo) =>
    photo.width && photo.height
      ? Math.min(PHOTO_HEIGHT, (cell * photo.height) / photo.width)
      : PHOTO_HEIGHT,
  );
  return Math.max(0, ...heights);
}

/** The engine's entry point (passed in: the engine is a lazy chunk). */
type CreatePdf = (setup: PdfSetup) => Promise<Pdf>;

/** What rendering made: the PDF, its page count, and the attachments that could not be read. */
export interface Rendered {
  blob: Blob;
  pages: number;
  unreadable: AttachmentRecord[];
}

function cover(pdf: Pdf, report: Report, words: ReportWords): void {
  const { doc } = pdf;
  for (const [index, line] of report.company.entries()) {
    pdf.style({ bold: index === 0, size: index === 0 ? 12 : STYLE.size, color: STYLE.accent });
    doc.text(line, pdf.left, doc.y, { width: pdf.width });
  }
  doc.y += 36;
  pdf.style({ bold: true, size: 22 });
  doc.outline.addItem(report.title);
  doc.text(report.title, pdf.left, doc.y, { width: pdf.width });
  doc.y += 4;
  pdf.style({ size: 16, color: STYLE.accent });
  doc.text(report.jobName, pdf.left, doc.y, { width: pdf.width });
  doc.y += 20;
  const labelWidth = 120;
  for (const party of report.parties) {
    const top = doc.y;
    pdf.style({ bold: true, color: STYLE.muted });
    doc.text(party.label, pdf.left, top, { width: labelWidth - 8 });
    pdf.style();
    doc.text(party.lines.join('\n'), pdf.left + labelWidth, top, { width: pdf.width - labelWidth });
    doc.y = Math.max(doc.y, top) + 6;
  }
  pdf.rule(16);
  for (const line of report.summary) pdf.paragraph(line, { gap: 2 });
  if (report.missing.length > 0) {
    doc.y += 8;
    pdf.paragraph(words.t('pdf.missingTitle'), { bold: true, color: STYLE.alert });
    pdf.paragraph(report.missing.join('\n'), { gap: 8 });
  }
}

function contents(pdf: Pdf, report: Report, words: ReportWords): void {
  pdf.doc.y += 12;
  pdf.heading(words.t('pdf.contents'));
  const { doc } = pdf;
  const statusWidth = 110;
  for (const item of report.items) {
    pdf.style();
    const text = `${item.number}. ${item.label}${item.required ? '' : ` (${words.t('pdf.optional')})`}`;
    const height = doc.heightOfString(text, { width: pdf.width - statusWidth });
    pdf.ensureSpace(height + 2);
    const top = doc.y;
    doc.text(text, pdf.left, top, { width: pdf.width - statusWidth - 8 });
    pdf.style({ bold: !item.settled, color: item.settled ? STYLE.muted : STYLE.text });
    doc.text(item.status, pdf.left + pdf.width - statusWidth, top, {
      width: statusWidth,
      align: 'right',
    });
    doc.y = Math.max(doc.y, top + height) + 2;
  }
}

/** Reads an attachment's bytes, or null when the device can no longer read it. */
async function bytesOf(record: AttachmentRecord): Promise<ArrayBuffer | null> {
  try {
    const bytes = await record.blob.arrayBuffer();
    return bytes.byteLength > 0 ? bytes : null;
  } catch {
    return null;
  }
}

async function photos(
  pdf: Pdf,
  item: ReportItem,
  words: ReportWords,
  unreadable: AttachmentRecord[],
) {
  const { doc } = pdf;
  const cell = (pdf.width - GAP) / 2;
  for (let index = 0; index < item.photos.length; index += 2) {
    const row = item.photos.slice(index, index + 2);
    pdf.style({ size: STYLE.small, color: STYLE.muted });
    const captions = row.map(
      (photo, offset) =>
        photo.caption.trim() || words.t('pdf.photo', { number: index + offset + 1 }),
    );
    const captionHeight = Math.max(
      ...captions.map((caption) => doc.heightOfString(caption, { width: cell })),
    );
    const imageHeight = rowHeight(row, cell);
    pdf.ensureSpace(imageHeight + captionHeight + GAP);
    const top = doc.y;
    for (const [offset, photo] of row.entries()) {
      const x = pdf.left + offset * (cell + GAP);
      const bytes = await bytesOf(photo);
      if (bytes) {
        doc.image(bytes, x, top, { fit: [cell, imageHeight], align: 'center', valign: 'top' });
      } else {
        unreadable.push(photo);
        doc.save().rect(x, top, cell, imageHeight).stroke(STYLE.rule).restore();
        pdf.style({ size: STYLE.small, color: STYLE.alert });
        doc.text(words.t('pdf.unreadable'), x + 8, top + 8, { width: cell - 16 });
      }
      pdf.style({ size: STYLE.small, color: STYLE.muted });
      doc.text(captions[offset] ?? '', x, top + imageHeight + 3, { width: cell });
    }
    doc.y = top + imageHeight + captionHeight + GAP;
  }
}

async function files(
  pdf: Pdf,
  item: ReportItem,
  words: ReportWords,
  unreadable: AttachmentRecord[],
) {
  for (const file of item.files) {
    const bytes = await bytesOf(file);
    const name = `${String(item.number).padStart(2, '0')} - ${file.name}`;
    if (bytes) {
      pdf.doc.file(bytes, { name, type: file.type, description: item.label });
      pdf.paragraph(words.t('pdf.file', { name, size: words.size(file.size) }), { gap: 2 });
    } else {
      unreadable.push(file);
      pdf.paragraph(words.t('pdf.fileUnreadable', { name }), { color: STYLE.alert, gap: 2 });
    }
  }
}

async function details(pdf: Pdf, report: Report, words: ReportWords): Promise<AttachmentRecord[]> {
  const unreadable: AttachmentRecord[] = [];
  pdf.doc.addPage();
  pdf.heading(words.t('pdf.detailsTitle'));
  for (const item of report.items) {
    pdf.doc.y += 6;
    // A heading stays with what follows it: its status line, or its first row of photos.
    const firstRow = rowHeight(item.photos.slice(0, 2), (pdf.width - GAP) / 2);
    pdf.heading(`${item.number}. ${item.label}`, 2, firstRow > 0 ? firstRow + 60 : 40);
    const status = item.required
      ? words.t('pdf.statusRequired', { status: item.status })
      : words.t('pdf.statusOptional', { status: item.status });
    pdf.paragraph(status, { bold: !item.settled, color: item.settled ? STYLE.muted : STYLE.text });
    if (item.note) pdf.paragraph(item.note, { gap: 6 });
    await files(pdf, item, words, unreadable);
    if (item.photos.length > 0) {
      pdf.doc.y += 4;
      await photos(pdf, item, words, unreadable);
    }
  }
  return unreadable;
}

/** Renders the report as a PDF with the engine's `createPdf`. */
export async function renderReport(
  report: Report,
  words: ReportWords,
  setup: Pick<PdfSetup, 'lang' | 'fonts'> & { author: string },
  createPdf: CreatePdf,
): Promise<Rendered> {
  const pdf = await createPdf({
    title: `${report.title} – ${report.jobName}`,
    author: setup.author,
    subject: report.title,
    lang: setup.lang,
    ...(setup.fonts ? { fonts: setup.fonts } : {}),
    footer: (page, pages) => words.t('pdf.footer', { job: report.jobName, page, pages }),
  });
  cover(pdf, report, words);
  contents(pdf, report, words);
  const unreadable = await details(pdf, report, words);
  const pages = pdf.doc.bufferedPageRange().count;
  return { blob: await pdf.finish(), pages, unreadable };
}

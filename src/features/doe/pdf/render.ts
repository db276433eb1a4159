import type { AttachmentRecord } from '../../../db/schema';
import type { PdfFonts, PdfStyle, PdfWriter } from '../../../pdf';
import type { Report, ReportItem, ReportWords } from './report';

// Lays a DOE report out with the shared PDF module: a cover (company, customer, site, lot,
// dates, summary, missing documents), the list of items, then each item with its status, note,
// files (embedded in the PDF) and photos, two a row with their captions. Each photo is read just
// before it is drawn and embedded as the JPEG it is (never decoded, never as base64): the phone
// holds one photo's bytes at a time, whatever the number of photos.

/** Photo cells: two a row, at most this tall (points). */
const PHOTO_HEIGHT = 200;
const GAP = 12;
/** Headings in the app's blue; alerts (missing, unreadable) in a dark red. AA on white. */
const ACCENT = '#1f4e79';
const ALERT = '#8a1c12';
const MUTED = '#555555';

/** The PDF module as this file uses it (passed in: the module is a lazy chunk). */
export interface PdfModule {
  PdfWriter: typeof PdfWriter;
}

/** What rendering made: the PDF, its page count, and the attachments that could not be read. */
export interface Rendered {
  bytes: Uint8Array;
  pages: number;
  unreadable: AttachmentRecord[];
}

/** Two columns of text side by side at the cursor (label, value); moves below the taller. */
function pair(writer: PdfWriter, label: string, value: string, labelWidth: number): void {
  const style: PdfStyle = {};
  const labelStyle: PdfStyle = { bold: true, color: MUTED };
  const labelLines = writer.wrap(label, labelWidth - 8, labelStyle);
  const valueLines = writer.wrap(value, writer.contentWidth - labelWidth, style);
  const height = Math.max(labelLines.length, valueLines.length) * writer.lineHeight(style);
  writer.ensure(height);
  writer.drawLines(labelLines, writer.left, writer.y, labelWidth - 8, labelStyle);
  writer.drawLines(
    valueLines,
    writer.left + labelWidth,
    writer.y,
    writer.contentWidth - labelWidth,
  );
  writer.y += height + 4;
}

function cover(writer: PdfWriter, report: Report, words: ReportWords): void {
  for (const [index, line] of report.company.entries()) {
    writer.write(line, {
      style: { bold: index === 0, size: index === 0 ? 12 : 10, color: ACCENT },
      gapAfter: 1,
    });
  }
  writer.y += 30;
  writer.write(report.title, { style: { bold: true, size: 22 }, gapAfter: 4 });
  writer.write(report.jobName, { style: { size: 16, color: ACCENT }, gapAfter: 18 });
  for (const party of report.parties) pair(writer, party.label, party.lines.join('\n'), 120);
  writer.y += 6;
  writer.rule();
  writer.y += 10;
  for (const line of report.summary) writer.write(line, { gapAfter: 2 });
  if (report.missing.length > 0) {
    writer.y += 8;
    writer.write(words.t('doe:pdf.missingTitle'), { style: { bold: true, color: ALERT } });
    writer.write(report.missing.join('\n'), { gapAfter: 8 });
  }
}

/** A heading kept with `keep` points of what follows it. */
function heading(writer: PdfWriter, text: string, size: number, keep: number): void {
  const style: PdfStyle = { bold: true, size, color: ACCENT };
  const lines = writer.wrap(text, writer.contentWidth, style);
  writer.ensure(lines.length * writer.lineHeight(style) + keep);
  writer.write(text, { style, gapAfter: 3 });
}

function contents(writer: PdfWriter, report: Report, words: ReportWords): void {
  writer.y += 12;
  heading(writer, words.t('doe:pdf.contents'), 15, 40);
  const statusWidth = 110;
  const width = writer.contentWidth - statusWidth - 8;
  for (const item of report.items) {
    const optional = item.required ? '' : ` (${words.t('doe:pdf.optional')})`;
    const lines = writer.wrap(`${item.number}. ${item.label}${optional}`, width);
    const height = lines.length * writer.lineHeight() + 2;
    writer.ensure(height);
    writer.drawLines(lines, writer.left, writer.y, width);
    const status: PdfStyle = item.settled ? { color: MUTED } : { bold: true };
    writer.drawLines(
      [item.status],
      writer.right - statusWidth,
      writer.y,
      statusWidth,
      status,
      'right',
    );
    writer.y += height;
  }
}

/** Reads an attachment's bytes, or null when the device can no longer read it. */
async function bytesOf(record: AttachmentRecord): Promise<Uint8Array | null> {
  try {
    const bytes = new Uint8Array(await record.blob.arrayBuffer());
    return bytes.byteLength > 0 ? bytes : null;
  } catch {
    return null;
  }
}

/** A row's photo height: its tallest photo's, within the cell. */
function rowHeight(row: readonly AttachmentRecord[], cell: number): number {
  const heights = row.map((photo) =>
    photo.width && photo.height
      ? Math.min(PHOTO_HEIGHT, (cell * photo.height) / photo.width)
      : PHOTO_HEIGHT,
  );
  return Math.max(0, ...heights);
}

async function photos(
  writer: PdfWriter,
  item: ReportItem,
  words: ReportWords,
  unreadable: AttachmentRecord[],
): Promise<void> {
  const cell = (writer.contentWidth - GAP) / 2;
  const caption: PdfStyle = { size: 8, color: MUTED };
  for (let index = 0; index < item.photos.length; index += 2) {
    const row = item.photos.slice(index, index + 2);
    const captions = row.map((photo, offset) =>
      writer.wrap(
        photo.caption.trim() || words.t('doe:pdf.photo', { number: index + offset + 1 }),
        cell,
        caption,
      ),
    );
    const captionHeight =
      Math.max(...captions.map((lines) => lines.length)) * writer.lineHeight(caption);
    const imageHeight = rowHeight(row, cell);
    writer.ensure(imageHeight + captionHeight + GAP);
    const top = writer.y;
    for (const [offset, photo] of row.entries()) {
      const x = writer.left + offset * (cell + GAP);
      const bytes = await bytesOf(photo);
      if (bytes) {
        writer.image(bytes, x, top, [cell, imageHeight]);
      } else {
        unreadable.push(photo);
        writer.frame(x, top, cell, imageHeight);
        const lines = writer.wrap(words.t('doe:pdf.unreadable'), cell - 16, { color: ALERT });
        writer.drawLines(lines, x + 8, top + 8, cell - 16, { color: ALERT });
      }
      writer.drawLines(captions[offset] ?? [], x, top + imageHeight + 3, cell, caption);
    }
    writer.y = top + imageHeight + captionHeight + GAP;
  }
}

async function files(
  writer: PdfWriter,
  item: ReportItem,
  words: ReportWords,
  unreadable: AttachmentRecord[],
): Promise<void> {
  for (const file of item.files) {
    const bytes = await bytesOf(file);
    const name = `${String(item.number).padStart(2, '0')} - ${file.name}`;
    if (bytes) {
      writer.attach(bytes, { name, type: file.type, description: item.label });
      writer.write(words.t('doe:pdf.file', { name, size: words.size(file.size) }), { gapAfter: 2 });
    } else {
      unreadable.push(file);
      writer.write(words.t('doe:pdf.fileUnreadable', { name }), {
        style: { color: ALERT },
        gapAfter: 2,
      });
    }
  }
}

async function details(
  writer: PdfWriter,
  report: Report,
  words: ReportWords,
): Promise<AttachmentRecord[]> {
  const unreadable: AttachmentRecord[] = [];
  writer.newPage();
  heading(writer, words.t('doe:pdf.detailsTitle'), 15, 40);
  for (const item of report.items) {
    writer.y += 6;
    // A heading stays with what follows it: its status line, or its first row of photos.
    const firstRow = rowHeight(item.photos.slice(0, 2), (writer.contentWidth - GAP) / 2);
    heading(writer, `${item.number}. ${item.label}`, 12, firstRow > 0 ? firstRow + 50 : 30);
    const status = item.required
      ? words.t('doe:pdf.statusRequired', { status: item.status })
      : words.t('doe:pdf.statusOptional', { status: item.status });
    writer.write(status, { style: item.settled ? { color: MUTED } : { bold: true } });
    if (item.note) writer.write(item.note, { gapAfter: 6 });
    await files(writer, item, words, unreadable);
    if (item.photos.length > 0) {
      writer.y += 4;
      await photos(writer, item, words, unreadable);
    }
  }
  return unreadable;
}

/** Renders the report as a PDF with the shared PDF module. */
export async function renderReport(
  report: Report,
  words: ReportWords,
  setup: { fonts: PdfFonts; lang: string; author: string },
  pdf: PdfModule,
): Promise<Rendered> {
  let pages = 0;
  const writer = new pdf.PdfWriter({
    fonts: setup.fonts,
    title: `${report.title} – ${report.jobName}`,
    author: setup.author,
    lang: setup.lang,
    runningHeader: (page) =>
      page.write(`${report.title} – ${report.jobName}`, {
        style: { size: 8, color: MUTED },
        gapAfter: 8,
      }),
    footer: (page, count) => {
      pages = count;
      return words.t('doe:pdf.footer', { job: report.jobName, page, pages: count });
    },
  });
  cover(writer, report, words);
  contents(writer, report, words);
  const unreadable = await details(writer, report, words);
  const bytes = await writer.finish();
  return { bytes, pages, unreadable };
}

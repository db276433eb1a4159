import PDFDocument from 'pdfkit';
import boldUrl from './fonts/DejaVuSans-Bold-subset.ttf?url';
import regularUrl from './fonts/DejaVuSans-subset.ttf?url';
import { STYLE } from './style';

// The PDF engine: pdfkit with the DejaVu Sans subsets and the page furniture every document of
// the app shares (A4, margins, colours, headings, page numbers in the footer). This module is
// the lazily loaded PDF chunk: features reach it through `loadPdf()` (load.ts) only, so the
// engine and its fonts load once, on the first export, from the precache when offline.

/** The two faces every document uses, as font files. */
export interface PdfFonts {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

let fonts: Promise<PdfFonts> | undefined;

/** Fetches the fonts once per session (precached by the service worker: this works offline). */
export function loadFonts(): Promise<PdfFonts> {
  const read = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Font ${url} answered ${response.status}`);
    return response.arrayBuffer();
  };
  fonts ??= Promise.all([read(regularUrl), read(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  // A failed fetch is not kept: the next export tries again.
  fonts.catch(() => {
    fonts = undefined;
  });
  return fonts;
}

/** What a document is, for its metadata and its footer. */
export interface PdfSetup {
  title: string;
  author: string;
  subject?: string;
  /** BCP 47, e.g. `fr-FR`: readers and screen readers use it. */
  lang: string;
  /** The footer of a page, e.g. "DOE Roux · Page 2 sur 7". */
  footer: (page: number, pages: number) => string;
  /** Fonts already read (tests); fetched with `loadFonts` otherwise. */
  fonts?: PdfFonts;
}

const MARGIN = 48;
/** Room kept under the content for the footer. */
const FOOTER = 28;

/** A document being written: pdfkit itself plus the helpers every document needs. */
export class Pdf {
  readonly doc: PDFDocument;
  private readonly setup: PdfSetup;

  constructor(doc: PDFDocument, setup: PdfSetup) {
    this.doc = doc;
    this.setup = setup;
  }

  /** Left edge of the content. */
  get left(): number {
    return this.doc.page.margins.left;
  }

  /** Width of the content. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Lowest y the content may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points fit below the cursor; true when it did. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.doc.addPage();
    return true;
  }

  /** Sets the face, size and colour of what comes next. */
  style(options: { bold?: boolean; size?: number; color?: string } = {}): this {
    this.doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? STYLE.size)
      .fillColor(options.color ?? STYLE.text);
    return this;
  }

  /** A paragraph across the content width, kept whole on one page when it fits on one. */
  paragraph(
    text: string,
    options: { bold?: boolean; size?: number; color?: string; gap?: number } = {},
  ): void {
    this.style(options);
    const height = this.doc.heightOfString(text, { width: this.width });
    if (height < this.bottom - this.doc.page.margins.top) this.ensureSpace(height);
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.y += options.gap ?? 4;
  }

  /** A heading, never left alone at the bottom of a page; added to the PDF's outline. */
  heading(text: string, level: 1 | 2 = 1, keepWith = 60): void {
    const size = level === 1 ? 15 : 12;
    this.style({ bold: true, size, color: STYLE.accent });
    const height = this.doc.heightOfString(text, { width: this.width });
    this.ensureSpace(height + keepWith);
    if (level === 1) this.doc.outline.addItem(text);
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.y += level === 1 ? 6 : 3;
  }

  /** A thin line across the content. */
  rule(gap = 8): void {
    this.ensureSpace(gap * 2);
    const y = this.doc.y + gap / 2;
    this.doc
      .save()
      .lineWidth(0.5)
      .strokeColor(STYLE.rule)
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .stroke()
      .restore();
    this.doc.y = y + gap / 2;
  }

  /** Writes the footers (now that the page count is known) and returns the finished PDF. */
  finish(): Promise<Blob> {
    const { doc } = this;
    const chunks: Uint8Array[] = [];
    const done = new Promise<Blob>((resolve, reject) => {
      doc.on('data', (chunk) => chunks.push(chunk));
      doc.on('end', () => resolve(new Blob(chunks as BlobPart[], { type: 'application/pdf' })));
      doc.on('error', reject);
    });
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      doc.switchToPage(index);
      // Below the bottom margin: lift the margin for the footer, or pdfkit would add a page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      this.style({ size: STYLE.small, color: STYLE.muted });
      doc.text(
        this.setup.footer(index + 1, count),
        this.left,
        doc.page.height - MARGIN + (MARGIN - FOOTER) / 2,
        { width: this.width, align: 'center', lineBreak: false },
      );
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return done;
  }
}

/** Starts an A4 document with the app's fonts and furniture; its first page is open. */
export async function createPdf(setup: PdfSetup): Promise<Pdf> {
  const faces = setup.fonts ?? (await loadFonts());
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    // Pages stay open until `finish` numbers them; photos are written out as they come.
    bufferPages: true,
    font: faces.regular,
    lang: setup.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: setup.title,
      Author: setup.author,
      ...(setup.subject ? { Subject: setup.subject } : {}),
    },
  });
  doc.registerFont('regular', faces.regular).registerFont('bold', faces.bold);
  const pdf = new Pdf(doc, setup);
  pdf.style();
  return pdf;
}

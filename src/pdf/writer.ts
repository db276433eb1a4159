// A thin layer over pdfkit for documents laid out by hand: A4 pages, a cursor that moves down,
// text wrapped by our own loop (fast on long documents, and it lets tables split rows across
// pages), page furniture (a header on every page after the first, "Page n of m" footers).
import PDFDocument from 'pdfkit';
import { toBytes } from 'pdfkit/output';
import { printable } from './characters';

/** Embedded font files (DejaVu Sans subsets, see fonts.ts). */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** How a piece of text looks. */
export interface PdfStyle {
  size?: number;
  bold?: boolean;
  color?: string;
}

/** What a document is made with. */
export interface PdfOptions {
  fonts: PdfFonts;
  title: string;
  author: string;
  /** BCP 47 language of the document, e.g. "fr-FR". */
  lang: string;
  /** Drawn at the top of every page after the first (e.g. the document's number). */
  runningHeader?: (writer: PdfWriter) => void;
  /** The footer of page `page` of `pages` (1-based), e.g. "Page 2 of 5". */
  footer?: (page: number, pages: number) => string;
}

/** A4 in points, and the margins every document shares. */
export const A4 = { width: 595.28, height: 841.89, margin: 40, footer: 28 } as const;

const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#b5b5b5';

/** Colours shared by documents (AA contrast on white). */
export const PDF_COLORS = { ink: INK, muted: MUTED, rule: RULE, band: '#ececec' } as const;

/** A document being written; `finish()` returns its bytes. */
export class PdfWriter {
  readonly left = A4.margin;
  readonly right = A4.width - A4.margin;
  readonly top = A4.margin;
  readonly bottom = A4.height - A4.margin - A4.footer;
  readonly contentWidth = A4.width - 2 * A4.margin;
  /** Where the next thing is drawn (points from the top of the page). */
  y: number = A4.margin;
  private readonly doc: PDFDocument;
  private readonly widths = new Map<string, number>();
  private readonly pageHooks: Array<() => void> = [];
  private style: Required<PdfStyle> = { size: 10, bold: false, color: INK };

  constructor(private readonly options: PdfOptions) {
    // No default font (null): pdfkit would otherwise hold the same font under its PostScript
    // name and parse the file again on every later `font('regular')` call (seconds on a long
    // quote). Fonts are registered under our names instead; copies are made in this realm
    // because pdfkit checks `instanceof Uint8Array`.
    this.doc = new PDFDocument({
      size: 'A4',
      margin: A4.margin,
      bufferPages: true,
      font: null,
      lang: options.lang,
      displayTitle: true,
      info: { Title: options.title, Author: options.author, Creator: 'Établi' },
    });
    this.doc.registerFont('regular', new Uint8Array(options.fonts.regular));
    this.doc.registerFont('bold', new Uint8Array(options.fonts.bold));
    this.apply(this.style);
  }

  /** Sets the font, size and colour of what follows. */
  apply(style: PdfStyle): void {
    this.style = { size: style.size ?? 10, bold: style.bold ?? false, color: style.color ?? INK };
    this.doc
      .font(this.style.bold ? 'bold' : 'regular', this.style.size)
      .fillColor(this.style.color);
  }

  /** Height of one line of text in `style`. */
  lineHeight(style: PdfStyle = {}): number {
    return (style.size ?? 10) * 1.25;
  }

  /** Width of a string in `style` (cached: long documents measure the same words again and again). */
  measure(text: string, style: PdfStyle = {}): number {
    const key = `${style.bold ? 'b' : 'r'}${style.size ?? 10}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.apply(style);
      width = this.doc.widthOfString(text);
      this.widths.set(key, width);
    }
    return width;
  }

  /**
   * The lines `text` takes within `width`: line breaks are kept, words wrap, a word longer than
   * the width is cut. Characters the fonts lack are left out (see characters.ts).
   */
  wrap(text: string, width: number, style: PdfStyle = {}): string[] {
    const lines: string[] = [];
    for (const paragraph of printable(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/ +/)) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (this.measure(candidate, style) <= width) {
          line = candidate;
          continue;
        }
        if (line !== '') lines.push(line);
        line = word;
        // A single word wider than the line (a long reference, a URL) is cut where it must.
        while (line.length > 1 && this.measure(line, style) > width) {
          const cut = this.fitting(line, width, style);
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** How many leading characters of `text` fit in `width` (at least one), by bisection. */
  private fitting(text: string, width: number, style: PdfStyle): number {
    let low = 1;
    let high = text.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.measure(text.slice(0, middle), style) <= width) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Draws lines from (x, y) down, with no page check; returns the height used. */
  drawLines(
    lines: readonly string[],
    x: number,
    y: number,
    width: number,
    style: PdfStyle = {},
    align: 'left' | 'right' = 'left',
  ): number {
    this.apply(style);
    const height = this.lineHeight(style);
    lines.forEach((line, index) => {
      const left = align === 'right' ? x + width - this.measure(line, style) : x;
      this.apply(style);
      this.doc.text(line, left, y + index * height, { lineBreak: false });
    });
    return lines.length * height;
  }

  /** Writes wrapped text at the cursor, continuing on new pages as needed, then moves down. */
  write(
    text: string,
    options: { style?: PdfStyle; x?: number; width?: number; gapAfter?: number } = {},
  ): void {
    const x = options.x ?? this.left;
    const width = options.width ?? this.right - x;
    const style = options.style ?? {};
    const height = this.lineHeight(style);
    for (const line of this.wrap(text, width, style)) {
      this.ensure(height);
      this.y += this.drawLines([line], x, this.y, width, style);
    }
    this.y += options.gapAfter ?? 4;
  }

  /** Starts a new page if less than `height` is left on this one; true when it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  /** Room left on this page, in points. */
  room(): number {
    return this.bottom - this.y;
  }

  /** A new page, with the running header and whatever the current table repeats at its top. */
  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
    this.options.runningHeader?.(this);
    for (const hook of this.pageHooks) hook();
  }

  /** Runs `draw` at the top of every page started while `during` runs (a table's header). */
  repeatOnNewPages<T>(draw: () => void, during: () => T): T {
    this.pageHooks.push(draw);
    try {
      return during();
    } finally {
      this.pageHooks.pop();
    }
  }

  /** A horizontal rule across the content at the cursor (or at `y`). */
  rule(y = this.y, color = RULE): void {
    this.doc.lineWidth(0.5).strokeColor(color).moveTo(this.left, y).lineTo(this.right, y).stroke();
  }

  /** A filled rectangle (bands behind headers and totals). */
  band(x: number, y: number, width: number, height: number, color: string): void {
    this.doc.rect(x, y, width, height).fill(color);
    this.apply(this.style);
  }

  /** An empty frame (a box to sign in). */
  frame(x: number, y: number, width: number, height: number, color = RULE): void {
    this.doc.lineWidth(0.75).strokeColor(color).rect(x, y, width, height).stroke();
  }

  /** A PNG or JPEG, fitted into the box, top-left aligned. */
  image(bytes: Uint8Array, x: number, y: number, fit: [number, number]): void {
    this.doc.image(new Uint8Array(bytes), x, y, { fit });
  }

  /** Writes the footers (page numbers) and returns the PDF's bytes. */
  async finish(): Promise<Uint8Array> {
    const { start, count } = this.doc.bufferedPageRange();
    const footer = this.options.footer;
    if (footer) {
      for (let index = start; index < start + count; index += 1) {
        this.doc.switchToPage(index);
        const text = footer(index - start + 1, count);
        const style = { size: 8, color: MUTED };
        this.drawLines(
          [printable(text)],
          this.left,
          A4.height - A4.margin - 10,
          this.contentWidth,
          style,
          'right',
        );
      }
    }
    this.doc.flushPages();
    const bytes = toBytes(this.doc);
    this.doc.end();
    return bytes;
  }
}

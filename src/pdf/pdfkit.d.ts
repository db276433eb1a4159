// The part of pdfkit 0.20's API this module uses (the package ships no types of its own).
declare module 'pdfkit' {
  interface PdfInfo {
    Title?: string;
    Author?: string;
    Subject?: string;
    Creator?: string;
    Producer?: string;
    CreationDate?: Date;
  }

  interface PdfDocumentOptions {
    size?: string | [number, number];
    margin?: number;
    bufferPages?: boolean;
    autoFirstPage?: boolean;
    /** The default font; null for none (Établi registers its embedded fonts by name). */
    font?: ArrayBuffer | Uint8Array | null;
    lang?: string;
    displayTitle?: boolean;
    info?: PdfInfo;
    compress?: boolean;
  }

  interface TextOptions {
    lineBreak?: boolean;
    width?: number;
    height?: number;
    align?: 'left' | 'right' | 'center' | 'justify';
    baseline?: string;
    features?: string[];
  }

  /** A pdfkit document (only what Établi calls). */
  export default class PDFDocument {
    constructor(options?: PdfDocumentOptions);
    page: { width: number; height: number };
    y: number;
    x: number;
    registerFont(name: string, src: ArrayBuffer | Uint8Array): this;
    font(name: string, size?: number): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    strokeColor(color: string): this;
    lineWidth(width: number): this;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    widthOfString(text: string, options?: TextOptions): number;
    currentLineHeight(includeGap?: boolean): number;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    image(
      src: Uint8Array | ArrayBuffer,
      x: number,
      y: number,
      options?: {
        fit?: [number, number];
        align?: string;
        valign?: string;
        width?: number;
        height?: number;
      },
    ): this;
    addPage(options?: PdfDocumentOptions): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    flushPages(): void;
    end(): void;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
  }
}

declare module 'pdfkit/output' {
  import type PDFDocument from 'pdfkit';
  /** Collects the whole document once `end()` is called. */
  export function toBytes(document: PDFDocument): Promise<Uint8Array>;
}

// pdfkit 0.20 ships no types. These are the parts of its API the app calls, as its
// documentation describes them (https://pdfkit.org/docs/getting_started.html).
declare module 'pdfkit' {
  type Source = ArrayBuffer | Uint8Array;

  interface TextOptions {
    width?: number;
    height?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    lineGap?: number;
    paragraphGap?: number;
    continued?: boolean;
    ellipsis?: boolean | string;
    lineBreak?: boolean;
    underline?: boolean;
    link?: string;
  }

  interface ImageOptions {
    width?: number;
    height?: number;
    fit?: [number, number];
    align?: 'left' | 'center' | 'right';
    valign?: 'top' | 'center' | 'bottom';
  }

  interface Margins {
    top: number;
    bottom: number;
    left: number;
    right: number;
  }

  interface DocumentOptions {
    size?: string | [number, number];
    margins?: Margins;
    bufferPages?: boolean;
    autoFirstPage?: boolean;
    font?: Source | string;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7';
    tagged?: boolean;
    info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string };
  }

  interface Outline {
    addItem(title: string, options?: { expanded?: boolean }): Outline;
  }

  export default class PDFDocument {
    constructor(options?: DocumentOptions);
    x: number;
    y: number;
    page: { width: number; height: number; margins: Margins };
    outline: Outline;
    registerFont(name: string, source: Source): this;
    font(name: string | Source, size?: number): this;
    fontSize(size: number): this;
    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    lineWidth(width: number): this;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    text(text: string, options?: TextOptions): this;
    heightOfString(text: string, options?: TextOptions): number;
    widthOfString(text: string, options?: TextOptions): number;
    moveDown(lines?: number): this;
    image(source: Source, x: number, y: number, options?: ImageOptions): this;
    rect(x: number, y: number, width: number, height: number): this;
    roundedRect(x: number, y: number, width: number, height: number, radius: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    fillAndStroke(fill?: string, stroke?: string): this;
    save(): this;
    restore(): this;
    addPage(options?: { margins?: Margins; size?: string }): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    file(source: Source, options: { name: string; type?: string; description?: string }): this;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    end(): void;
  }
}

declare module '*.ttf?url' {
  const url: string;
  export default url;
}

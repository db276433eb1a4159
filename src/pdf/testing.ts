// For unit tests (not imported by the app): the real font files from disk, and the text of a
// PDF read back with pdfjs-dist, as a reader or a search engine would extract it.
import bold from './fonts/DejaVuSans-Bold-subset.ttf?inline';
import regular from './fonts/DejaVuSans-subset.ttf?inline';
import type { PdfFonts } from './writer';

/** Bytes of a data URL (Vite inlines the font files for tests). */
function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The embedded fonts, as the app ships them. */
export function testFonts(): PdfFonts {
  return { regular: dataUrlBytes(regular), bold: dataUrlBytes(bold) };
}

/** The text of each page of a PDF, lines joined with "\n" (pdfjs-dist's extraction). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  await document.destroy();
  return pages;
}

/**
 * Every character the PDF's fonts map back to text (their ToUnicode maps). pdfjs-dist reports
 * U+202F and U+00A0 as plain spaces; this shows the file itself holds the right characters.
 */
export async function mappedCharacters(bytes: Uint8Array): Promise<Set<string>> {
  const text = new TextDecoder('latin1').decode(bytes);
  const found = new Set<string>();
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    const stream = bytes.slice(start, end);
    let plain: string;
    try {
      const inflated = new Blob([stream]).stream().pipeThrough(new DecompressionStream('deflate'));
      plain = new TextDecoder('latin1').decode(await new Response(inflated).arrayBuffer());
    } catch {
      continue;
    }
    if (!plain.includes('beginbfrange')) continue;
    for (const hex of plain.matchAll(/<([0-9a-f]{4})>/g))
      found.add(String.fromCharCode(Number.parseInt(hex[1] ?? '0', 16)));
  }
  return found;
}

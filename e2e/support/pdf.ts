import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/** The text of a downloaded PDF, pages joined, as pdfjs-dist extracts it (spaces normalised). */
export async function downloadedPdfText(
  download: Download,
): Promise<{ text: string; pages: number }> {
  const path = await download.path();
  const bytes = new Uint8Array(await readFile(path));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items)
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
  }
  const pages = document.numPages;
  await document.destroy();
  return { text: text.replace(/\s+/g, ' '), pages };
}

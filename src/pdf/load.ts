/**
 * Loads the PDF engine (pdfkit, fonts, page furniture): one chunk, shared by every feature that
 * makes PDFs, fetched on the first export and precached for offline use.
 */
export function loadPdf(): Promise<typeof import('./engine')> {
  return import('./engine');
}

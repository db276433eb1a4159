/**
 * Loads the PDF engine (pdfkit, fonts, page furniture): one chunk, shared by every feature that
 * makes PDFs, fetched on the first export and precached for offline use.
 */
export function loadPdf(): Promise<typeof import('./engine')> {
  return import('./engine');
}

/** Loads the engine and its fonts ahead of an export (e.g. when the export screen opens). */
export function warmPdf(): void {
  loadPdf()
    .then((engine) => engine.loadFonts())
    .catch((error: unknown) => console.error('The PDF engine could not be loaded', error));
}

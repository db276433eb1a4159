// The PDF module: load it with `await import('../../pdf')`; it is one lazy chunk (pdfkit, the
// embedded fonts' loader and these helpers) that the service worker precaches. See README.md.
export { PDF_CHARACTERS, printable } from './characters';
export { loadFonts } from './fonts';
export { drawTable, type TableColumn, type TableRow, type TableSpec } from './table';
export { A4, PDF_COLORS, type PdfFonts, type PdfOptions, type PdfStyle, PdfWriter } from './writer';

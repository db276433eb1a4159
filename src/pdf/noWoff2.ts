// Stands in for the Brotli decoder that fontkit imports for WOFF2 fonts. Établi embeds its own
// TrueType fonts only, so the decoder (~60 KB gzip with its dictionary) never runs; aliasing it
// keeps the PDF chunk, which is precached, that much smaller. A WOFF2 font would fail loudly.
export default function decompressWoff2(): never {
  throw new Error('WOFF2 fonts are not supported: embed TrueType fonts');
}

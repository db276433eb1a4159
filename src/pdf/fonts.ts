import type { PdfFonts } from './writer';

// The font files are assets of their own, precached by the service worker (globPatterns
// includes ttf) so that a PDF can be made offline.
const REGULAR = new URL('./fonts/DejaVuSans-subset.ttf', import.meta.url);
const BOLD = new URL('./fonts/DejaVuSans-Bold-subset.ttf', import.meta.url);

let loading: Promise<PdfFonts> | undefined;

/** The embedded fonts, fetched once (from the precache when offline). */
export function loadFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([fetchBytes(REGULAR), fetchBytes(BOLD)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

async function fetchBytes(url: URL): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url.pathname}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

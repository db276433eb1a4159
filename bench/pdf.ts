// The quote PDF in the browser (budget: a 200-line quote in ≤ 2 s at 4× CPU, design.md/issue),
// and the size of what the PDF needs (its chunk and the fonts: ≤ 250 KB gzip). Runs the real
// production chunks in Chromium against `vite preview`; not a test, it reports numbers.
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import fr from '../locales/fr/quotes.json';
import { chromiumLaunch } from '../playwright.config';
import { median } from './lighthouse';
import { withPreview } from './preview';
import { type Manifest, measureFiles, readManifest, staticClosure } from './sizes';

const ROOT = resolve(import.meta.dirname, '..');
const QUOTE_PDF = 'src/features/quotes/pdf/quotePdf.ts';
const PDF_MODULE = 'src/pdf/index.ts';
const LINES = 200;
const RUNS = 3;

/** What the PDF bench reports. */
export interface PdfBench {
  lines: number;
  /** Build time of the 200-line quote's PDF at 4× CPU throttling, median of RUNS, in ms. */
  medianMs: number;
  pages: number;
  /** The PDF chunk(s) the quote's PDF loads beyond the quote screen, plus the fonts, gzip bytes. */
  chunkGzip: number;
}

/** Output files the quote PDF needs that nothing else loads first: its chunks and the fonts. */
function pdfFiles(manifest: Manifest): string[] {
  const keys = new Set([
    ...staticClosure(manifest, [QUOTE_PDF]),
    ...staticClosure(manifest, [PDF_MODULE]),
  ]);
  // The core chunk is on every page already; only what the PDF adds counts.
  const files = [...keys]
    .map((key) => manifest[key]?.file ?? '')
    .filter((file) => file && !/\/core-/.test(file));
  const fonts = Object.values(manifest)
    .filter((chunk) => /DejaVuSans.*\.ttf$/.test(chunk.file))
    .map((chunk) => chunk.file);
  return [...new Set([...files, ...fonts])];
}

/** Serves dist/, makes the 200-line quote's PDF in Chromium at 4× CPU, and measures its chunk. */
export async function measurePdf(): Promise<PdfBench> {
  const dist = resolve(ROOT, 'dist');
  const manifest = readManifest(dist);
  const quotePdf = manifest[QUOTE_PDF]?.file;
  const pdfModule = manifest[PDF_MODULE]?.file;
  if (!quotePdf || !pdfModule)
    throw new Error('the PDF chunks are missing from the build manifest');
  const warnings: string[] = [];
  const chunkGzip = measureFiles(dist, pdfFiles(manifest), warnings).gzip;

  const results = await withPreview((url) => buildInBrowser(url, quotePdf, pdfModule));
  return { lines: LINES, medianMs: median(results.times), pages: results.pages, chunkGzip };
}

/** Opens the app at `url` and builds the 200-line quote's PDF RUNS + 1 times at 4× CPU. */
async function buildInBrowser(
  url: string,
  quotePdf: string,
  pdfModule: string,
): Promise<{ times: number[]; size: number; pages: number }> {
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    // tsx compiles the function below with esbuild's name helper; give the page that helper.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    return await page.evaluate(
      async ({ quotePdf, pdfModule, words, lines, runs }) => {
        const { buildQuotePdf } = await import(/* @vite-ignore */ `/${quotePdf}`);
        const { loadFonts } = await import(/* @vite-ignore */ `/${pdfModule}`);
        const fonts = await loadFonts();
        // The real French words, looked up with i18next-style {{value}} interpolation.
        const lookup = (key: string, values: Record<string, unknown> = {}) => {
          const found = key
            .split('.')
            .reduce<unknown>(
              (node, part) => (node as Record<string, unknown> | undefined)?.[part],
              words,
            );
          const text = typeof found === 'string' ? found : key;
          return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
        };
        const items = Array.from({ length: lines }, (_, i) => ({
          type: 'line',
          id: `l${i}`,
          designation: `Ouvrage n° ${i + 1} : fourniture et pose\nDétail et références de l'ouvrage ${i + 1}`,
          quantity: '12,5',
          unit: 'm2',
          unitPrice: '1 234,56',
          vatRate: i % 3 ? 1000 : 2000,
          discount: i % 10 ? '' : '5',
        }));
        const profile = {
          name: 'Martin Rénovation',
          legalForm: 'sarl',
          shareCapital: '5000',
          siret: '73282932000074',
          registration: 'RCS Annecy',
          street: '12 rue des Tanneurs',
          postalCode: '74000',
          city: 'Annecy',
          phone: '06 12 34 56 78',
          email: 'contact@exemple.fr',
          vatRegime: 'normal',
          vatNumber: 'FR44732829320',
          trade: 'plumber',
          insurerName: 'MAAF',
          insurerAddress: 'Chauray',
          insuranceCoverage: 'France',
          insurancePolicy: '',
          mediatorName: 'CM2C',
          mediatorWebsite: 'cm2c.net',
          mediatorContact: '',
        };
        const content = {
          title: 'Rénovation complète',
          customerId: 'c',
          items,
          travel: '45',
          travelVatRate: 1000,
          discount: { kind: 'percent', value: '' },
          deposit: { kind: 'percent', value: '30' },
          validityDays: '30',
          startDate: '',
          leadTime: '3 semaines',
          paymentTerms: 'Solde à la fin des travaux',
          executionTerms: '',
          notes: '',
          quotePrice: '',
          offPremises: true,
          receivedBeforeWork: true,
          reducedRateCertification: true,
        };
        const times: number[] = [];
        let size = 0;
        for (let run = 0; run < runs + 1; run += 1) {
          const started = performance.now();
          const bytes: Uint8Array = await buildQuotePdf({
            lang: 'fr',
            lookup,
            fonts,
            profile,
            customer: {
              name: 'Élise Roux',
              address: '3 place du Marché\n74000 Annecy',
              siteAddress: '',
              phone: '',
              email: '',
            },
            content,
            number: 'D-2026-0001',
            issuedAt: Date.now(),
            family: 'building',
          });
          // The first run warms up the chunk (parse, compile); the median of the others counts.
          if (run > 0) times.push(performance.now() - started);
          size = bytes.length;
        }
        const text = new TextDecoder('latin1').decode(
          (await buildQuotePdf({
            lang: 'fr',
            lookup,
            fonts,
            profile,
            customer: null,
            content,
            number: 'D',
            issuedAt: Date.now(),
            family: 'building',
          })) as Uint8Array,
        );
        return { times, size, pages: (text.match(/\/Type \/Page\b/g) ?? []).length };
      },
      { quotePdf, pdfModule, words: fr, lines: LINES, runs: RUNS },
    );
  } finally {
    await browser.close();
  }
}

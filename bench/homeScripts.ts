// What the home screen's JavaScript weighs as Chromium loads it: the scripts the page requests
// before its load event, and all the scripts it requests until the network is idle (the service
// worker registration, sync start and their live queries come after load). Sizes are the gzip -9
// sizes of the same files in dist/, as for the static measurements of sizes.ts.
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { BUDGETS, type Measure, measureFiles, type SizeRow } from './sizes';

/** The home screen's scripts, measured in the browser. */
export interface HomeScripts {
  beforeLoad: Measure;
  untilIdle: Measure;
  warnings: string[];
}

/** Quiet time with no request of the page in flight that counts as "the network is idle". */
const QUIET_MS = 1_000;

/** Resolves once the page has had no request in flight for QUIET_MS (at most `timeoutMs`). */
function networkQuiet(page: Page, timeoutMs = 20_000): Promise<void> {
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => {
      cleanup();
      reject(new Error(`the network was not idle within ${timeoutMs} ms`));
    }, timeoutMs);
    const arm = () => {
      clearTimeout(timer);
      if (inFlight === 0) timer = setTimeout(done, QUIET_MS);
    };
    const started = () => {
      inFlight += 1;
      arm();
    };
    const ended = () => {
      inFlight = Math.max(0, inFlight - 1);
      arm();
    };
    const cleanup = () => {
      clearTimeout(deadline);
      clearTimeout(timer);
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
    };
    const done = () => {
      cleanup();
      resolve();
    };
    page.on('request', started);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    arm();
  });
}

/** dist-relative file of a same-origin script URL (e.g. `assets/core-x.js`). */
function distFile(url: string, origin: string): string | undefined {
  const parsed = new URL(url);
  return parsed.origin === origin ? parsed.pathname.replace(/^\//, '') : undefined;
}

/**
 * Opens `url` (the app's home, served from `distDir`) in a fresh Chromium profile and measures
 * the scripts the page requests, before the load event and until the network is idle once the
 * service worker controls the page. The service worker's own precache requests are not counted.
 */
export async function measureHomeScripts(url: string, distDir: string): Promise<HomeScripts> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const before = new Set<string>();
    const all = new Set<string>();
    let loaded = false;
    page.on('load', () => {
      loaded = true;
    });
    page.on('request', (request) => {
      if (request.resourceType() !== 'script') return;
      const file = distFile(request.url(), origin);
      if (file === undefined) return;
      all.add(file);
      if (!loaded) before.add(file);
    });
    await page.goto(url, { waitUntil: 'load' });
    // The service worker and sync start when the page is idle after load: wait until the
    // worker controls the page, then until no request has been in flight for a while.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await networkQuiet(page);
    const warnings: string[] = [];
    return {
      beforeLoad: measureFiles(distDir, before, warnings),
      untilIdle: measureFiles(distDir, all, warnings),
      warnings,
    };
  } finally {
    await browser.close();
  }
}

/** Size rows of the browser measurement, with their budgets. */
export function homeScriptRows(scripts: HomeScripts): SizeRow[] {
  const row = (label: string, measure: Measure, budget: number): SizeRow => ({
    label: `${label} (${measure.files.length} files)`,
    gzip: measure.gzip,
    raw: measure.raw,
    budget,
  });
  return [
    row('Home screen JS in Chromium, before load', scripts.beforeLoad, BUDGETS.homeJsBeforeLoad),
    row('Home screen JS in Chromium, until idle', scripts.untilIdle, BUDGETS.homeJsUntilIdle),
  ];
}

// What the home screen's JavaScript weighs as Chromium loads it: the scripts the page requests
// before its load event, and all the scripts it requests until the network is idle (the service
// worker registration, sync start and their live queries come after load). Sizes are the gzip -9
// sizes of the same files in dist/, as for the static measurements of sizes.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { BUDGETS, type Measure, measureFiles, type SizeRow } from './sizes';

/** The home screen's scripts, measured in the browser. */
export interface HomeScripts {
  beforeLoad: Measure;
  untilIdle: Measure;
  /** A new install's first visit: Home sends it to the first-run welcome. */
  firstVisit: Measure;
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

/** Records the app's scripts a page requests, before its load event and in all. */
function watchScripts(page: Page, origin: string) {
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
  return { before, all };
}

/**
 * Measures the home screen as Chromium loads it from the network, for a device past the first
 * run: a new install's first visit (Home sends it to the welcome, measured too) ends the welcome
 * with « Plus tard »; the same profile then opens Home again with the service worker and the
 * HTTP cache out of the way, so every script comes over the network as on that first visit.
 * Counted: the scripts the page requests before the load event, and until the network is idle.
 */
export async function measureHomeScripts(url: string, distDir: string): Promise<HomeScripts> {
  const profile = mkdtempSync(join(tmpdir(), 'etabli-size-'));
  const origin = new URL(url).origin;
  try {
    const install = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunch,
      serviceWorkers: 'allow',
    });
    let firstVisit: Set<string>;
    try {
      const first = await install.newPage();
      firstVisit = watchScripts(first, origin).all;
      await first.goto(url, { waitUntil: 'load' });
      // The service worker and sync start when the page is idle after load: wait until the
      // worker controls the page, then until no request has been in flight for a while.
      await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      await networkQuiet(first);
      await first.getByRole('button', { name: 'Plus tard', exact: true }).click();
      await first.getByRole('heading', { level: 1, name: 'Bonjour !' }).waitFor();
    } finally {
      await install.close();
    }

    const later = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunch,
      serviceWorkers: 'block',
    });
    try {
      const page = await later.newPage();
      const cdp = await later.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const { all } = watchScripts(page, origin);
      await page.goto(url, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Bonjour !' }).waitFor();
      await networkQuiet(page);
      // Before or after the load event as the page itself timed each request (the protocol's
      // events can reach this process in another order than they happened).
      const timed = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType(
          'navigation',
        ) as PerformanceNavigationTiming[];
        return performance
          .getEntriesByType('resource')
          .map((entry) => ({ url: entry.name, start: entry.startTime }))
          .filter((entry) => entry.start < (navigation?.loadEventStart ?? 0))
          .map((entry) => entry.url);
      });
      const before = new Set<string>();
      for (const address of timed) {
        const file = distFile(address, origin);
        if (file !== undefined && all.has(file)) before.add(file);
      }
      const warnings: string[] = [];
      return {
        beforeLoad: measureFiles(distDir, before, warnings),
        untilIdle: measureFiles(distDir, all, warnings),
        firstVisit: measureFiles(distDir, firstVisit, warnings),
        warnings,
      };
    } finally {
      await later.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
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
    {
      label: `First visit (welcome) JS in Chromium, until idle (${scripts.firstVisit.files.length} files)`,
      gzip: scripts.firstVisit.gzip,
      raw: scripts.firstVisit.raw,
    },
  ];
}

// Offline cold start (budget: ≤ 1 s with 4× CPU throttling, design.md): a Chromium profile in
// which the app was installed (service worker and data), started again offline, CPU throttled,
// from navigation until the home screen shows this week's figure read from IndexedDB.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { median } from './lighthouse';

/** Cold-start times in milliseconds, and their median. */
export interface ColdStart {
  runs: number[];
  medianMs: number;
}

/** Minutes logged during the set-up, so the figure waited for comes from IndexedDB. */
const LOGGED = 10;

/** A phone-sized Chromium profile kept in `dir` (it survives between launches). */
function openProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    ...chromiumLaunch,
    headless: true,
    serviceWorkers: 'allow',
    viewport: { width: 360, height: 780 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
}

/** The profile's first tab. */
async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** Visits the app online, lets its service worker take control, and logs LOGGED minutes. */
async function install(dir: string, url: string): Promise<void> {
  const context = await openProfile(dir);
  try {
    const page = await firstPage(context);
    await page.goto(new URL('/time?log=1', url).href);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await page.getByRole('button', { name: `+${LOGGED} min`, exact: true }).click();
    await page.getByRole('link', { name: 'Accueil' }).click();
    await page.getByText(`${LOGGED} min sur`).waitFor();
  } finally {
    await context.close();
  }
}

/** Console message the page prints when the figure shows, followed by the time in ms. */
const FIGURE_SHOWN = 'etabli-bench:figure-shown';

/**
 * Runs in the page before its own scripts: prints FIGURE_SHOWN and the time since navigation
 * when the week's figure first shows `expected` (it shows 0 until the home screen's live query
 * has read IndexedDB). A console message reaches the bench without evaluating anything in the
 * page: Playwright's evaluation helpers would themselves take the main thread during the start.
 */
function watchFigure({ expected, marker }: { expected: string; marker: string }): void {
  const observer = new MutationObserver(() => {
    const figure = document.querySelector('[aria-labelledby="week-title"] p');
    if (figure?.textContent?.replace(/\s+/g, ' ').includes(expected)) {
      console.info(`${marker} ${performance.now()}`);
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** One cold start: launch, go offline, throttle the CPU 4×, open the home screen. */
async function coldStartOnce(dir: string, url: string): Promise<number> {
  const context = await openProfile(dir);
  try {
    await context.setOffline(true);
    const page = await firstPage(context);
    await page.addInitScript(watchFigure, { expected: `${LOGGED} min sur`, marker: FIGURE_SHOWN });
    const shown = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(FIGURE_SHOWN),
      timeout: 30_000,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    const message = await shown;
    return Number(message.text().slice(FIGURE_SHOWN.length + 1));
  } finally {
    await context.close();
  }
}

/** A Chromium profile with the app installed, ready for cold starts. */
export interface ColdStartProfile {
  /** One offline, CPU-throttled cold start: milliseconds until the week's figure shows. */
  run(): Promise<number>;
  /** Deletes the profile. */
  dispose(): Promise<void>;
}

/** Installs the app served at `url` in a fresh profile. */
export async function installedProfile(url: string): Promise<ColdStartProfile> {
  const dir = await mkdtemp(join(tmpdir(), 'etabli-cold-start-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    await install(dir, url);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { run: () => coldStartOnce(dir, url), dispose };
}

/** Installs the app in a fresh profile, then measures `runs` offline cold starts. */
export async function measureColdStart(url: string, runs = 5): Promise<ColdStart> {
  const profile = await installedProfile(url);
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(await profile.run());
    return { runs: times, medianMs: median(times) };
  } finally {
    await profile.dispose();
  }
}

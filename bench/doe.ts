// DOE in a real Chromium against the production build: resizing and storing camera photos, opening
// a job with 200 photos, and making the handover PDF of a 40-photo DOE at 4× CPU. The photos go
// through the app's own screens (file input, photo worker, IndexedDB); only the 200- and
// 40-photo jobs are filled by copying stored photos straight into the database.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';
import { DoePage } from '../e2e/pages/DoePage';
import { makeJpeg } from '../e2e/support/photos';
import { chromiumLaunch } from '../playwright.config';
import { withPreview } from './preview';

/** What the DOE bench measured. */
export interface DoeBench {
  photos: number;
  cameraBytes: number;
  msPerPhoto: number;
  /** Renderer CPU (main thread and photo worker) per photo. */
  cpuMsPerPhoto: number;
  storedBytesPerPhoto: number;
  thumbBytesPerPhoto: number;
  openJob: {
    photos: number;
    jobMs: number;
    jobMs4x: number;
    jobCpuMs: number;
    itemMs: number;
    itemMs4x: number;
    itemCpuMs: number;
  };
  pdf: {
    photos: number;
    pages: number;
    bytes: number;
    coldMs4x: number;
    coldEngineMs4x: number;
    warmMs4x: number;
    /** Main-thread CPU of one export at full speed (×4 ≈ the time at 4× on an idle machine). */
    cpuMs: number;
  };
}

const ROOT = resolve(import.meta.dirname, '..');
const PHOTOS = 50;
const OPEN_PHOTOS = 200;
const PDF_PHOTOS = 40;
const HIDDEN_WORK = 'Photos des ouvrages cachés';

/** Copies the stored photos of `fromItem` into the items given (round robin) up to `count`. */
function fillJob(
  page: Page,
  input: { jobId: string; fromItem: string; items: string[]; count: number },
) {
  return page.evaluate(async ({ jobId, fromItem, items, count }) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('etabli');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const read = db
      .transaction('attachments')
      .objectStore('attachments')
      .index('itemId')
      .getAll(fromItem);
    const sources = await new Promise<Array<Record<string, unknown>>>((done) => {
      read.onsuccess = () => done(read.result);
    });
    const write = db.transaction('attachments', 'readwrite');
    const store = write.objectStore('attachments');
    for (let index = 0; index < count; index += 1) {
      const source = sources[index % sources.length];
      store.put({
        ...source,
        id: `bench-${jobId}-${index}`,
        jobId,
        itemId: items[index % items.length],
        caption: `Photo ${index + 1}`,
        createdAt: Date.now() + index,
      });
    }
    await new Promise((done, fail) => {
      write.oncomplete = done;
      write.onerror = () => fail(write.error);
    });
    db.close();
  }, input);
}

/** Milliseconds from a click on `link` (an in-app navigation) to `count` loaded `selector` images. */
function timeToImages(page: Page, link: string, selector: string, count: number): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ link, selector, count }) => {
      const anchor = [...document.querySelectorAll('a')].find(
        (a) => (a.querySelector('strong') ?? a).textContent?.trim() === link,
      );
      if (!anchor) throw new Error(`no link ${link}`);
      const start = performance.now();
      anchor.click();
      for (;;) {
        await new Promise((frame) => requestAnimationFrame(frame));
        const loaded = [...document.querySelectorAll<HTMLImageElement>(selector)].filter(
          (image) => image.complete && image.naturalWidth > 0,
        );
        if (loaded.length >= count) return performance.now() - start;
      }
    },
    { link, selector, count },
  );
}

/**
 * CPU throttling and CPU time of the page's renderer. The machines running the bench are often
 * shared: wall-clock times swing with their load, CPU times much less, so both are reported.
 */
class Cpu {
  private constructor(private readonly session: CDPSession) {}

  /** Attaches to the page's renderer. */
  static async of(page: Page): Promise<Cpu> {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable', { timeDomain: 'threadTicks' });
    return new Cpu(session);
  }

  /** Slows the page's main thread `rate` times (workers are not slowed by Chromium). */
  async throttle(rate: number): Promise<void> {
    await this.session.send('Emulation.setCPUThrottlingRate', { rate });
  }

  /** CPU milliseconds used so far: the main thread's and the whole renderer's (workers too). */
  async used(): Promise<{ main: number; renderer: number }> {
    const { metrics } = await this.session.send('Performance.getMetrics');
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { main: value('ThreadTime'), renderer: value('ProcessTime') };
  }
}

/** The ids a bench needs from the job open on screen. */
async function jobIds(page: Page) {
  const jobId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const items = await page.$$eval('article.item-card h3 a', (links) =>
    links.map((link) => ({
      text: link.textContent ?? '',
      id: link.getAttribute('href')?.split('/').pop() ?? '',
    })),
  );
  return { jobId, items };
}

async function resizeAndStore(page: Page, doe: DoePage, cpu: Cpu, dir: string) {
  const camera = await makeJpeg(page, { width: 4000, height: 3000, noise: true, quality: 0.92 });
  const files: string[] = [];
  for (let index = 0; index < PHOTOS; index += 1) {
    const path = join(dir, `IMG_${1000 + index}.jpg`);
    await writeFile(path, camera);
    files.push(path);
  }
  await doe.createJob({ name: 'Banc photos', checklists: ['Électricité'] });
  await doe.openItem(HIDDEN_WORK);
  const started = Date.now();
  const before = await cpu.used();
  await doe.choosePhotos(files);
  await page.waitForFunction(
    (count) => document.querySelectorAll('.photo-grid li').length >= count,
    PHOTOS,
    {
      polling: 50,
      timeout: 600_000,
    },
  );
  const elapsed = Date.now() - started;
  const after = await cpu.used();
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done) => {
      const open = indexedDB.open('etabli');
      open.onsuccess = () => done(open.result);
    });
    const all = db.transaction('attachments').objectStore('attachments').getAll();
    const rows = await new Promise<Array<{ size: number; thumbSize?: number }>>((done) => {
      all.onsuccess = () => done(all.result);
    });
    db.close();
    return {
      bytes: rows.reduce((sum, row) => sum + row.size, 0),
      thumbs: rows.reduce((sum, row) => sum + (row.thumbSize ?? 0), 0),
      count: rows.length,
    };
  });
  return { cameraBytes: camera.length, elapsed, cpu: after.renderer - before.renderer, ...stored };
}

async function openJob(page: Page, doe: DoePage, cpu: Cpu) {
  await page.goto('/doe');
  await doe.createJob({ name: 'Banc 200 photos', checklists: ['Électricité'] });
  const { jobId, items } = await jobIds(page);
  const hidden = items.find((item) => item.text === HIDDEN_WORK)?.id ?? '';
  const from = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done) => {
      const open = indexedDB.open('etabli');
      open.onsuccess = () => done(open.result);
    });
    const all = db.transaction('attachments').objectStore('attachments').getAll();
    const rows = await new Promise<Array<{ itemId: string }>>((done) => {
      all.onsuccess = () => done(all.result);
    });
    db.close();
    return rows[0]?.itemId ?? '';
  });
  await fillJob(page, { jobId, fromItem: from, items: [hidden], count: OPEN_PHOTOS });
  const measure = async () => {
    await page.goto('/doe');
    await page.getByRole('link', { name: 'Banc 200 photos' }).waitFor();
    const before = await cpu.used();
    const jobMs = await timeToImages(page, 'Banc 200 photos', 'img.thumb', 6);
    const middle = await cpu.used();
    const itemMs = await timeToImages(page, HIDDEN_WORK, 'img.photo-thumb', 12);
    const after = await cpu.used();
    return { jobMs, itemMs, jobCpu: middle.main - before.main, itemCpu: after.main - middle.main };
  };
  const fast = await measure();
  await cpu.throttle(4);
  const slow = await measure();
  await cpu.throttle(1);
  return {
    photos: OPEN_PHOTOS,
    jobMs: fast.jobMs,
    jobMs4x: slow.jobMs,
    jobCpuMs: fast.jobCpu,
    itemMs: fast.itemMs,
    itemMs4x: slow.itemMs,
    itemCpuMs: fast.itemCpu,
  };
}

async function makePdf(page: Page, doe: DoePage, cpu: Cpu) {
  await page.goto('/doe');
  await doe.createJob({ name: 'Banc PDF', checklists: ['Électricité'] });
  const { jobId, items } = await jobIds(page);
  const from = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done) => {
      const open = indexedDB.open('etabli');
      open.onsuccess = () => done(open.result);
    });
    const all = db.transaction('attachments').objectStore('attachments').getAll();
    const rows = await new Promise<Array<{ id: string; itemId: string }>>((done) => {
      all.onsuccess = () => done(all.result);
    });
    db.close();
    // The photos the app resized itself, not the copies made for the 200-photo job.
    return rows.find((row) => !row.id.startsWith('bench'))?.itemId ?? '';
  });
  // 40 photos over the first eight items: several pages of photos, as a real DOE has.
  await fillJob(page, {
    jobId,
    fromItem: from,
    items: items.slice(0, 8).map((item) => item.id),
    count: PDF_PHOTOS,
  });
  const once = async (rate: number) => {
    await page.goto(`/doe/${jobId}/export`);
    await page.getByRole('checkbox', { name: /Je remets le DOE/ }).check();
    await cpu.throttle(rate);
    await page.evaluate(() => performance.clearMeasures());
    const before = await cpu.used();
    await page.getByRole('button', { name: 'Créer le PDF' }).click();
    const ready = page.getByRole('region', { name: /^PDF prêt/ });
    await ready.waitFor({ timeout: 120_000 });
    const after = await cpu.used();
    await cpu.throttle(1);
    const [ms = Number.NaN, engineMs = Number.NaN] = await page.evaluate(() =>
      ['doe-pdf', 'doe-pdf-engine'].map(
        (name) => performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN,
      ),
    );
    const label = (await ready.getByRole('heading').textContent()) ?? '';
    return { ms, engineMs, label, cpu: after.main - before.main };
  };
  // First export of the session (the engine loads as the screen opens), then a second one, at
  // 4× CPU; then one at full speed for its main-thread CPU time.
  const cold = await once(4);
  const warm = await once(4);
  const full = await once(1);
  const pages = Number(/(\d+) pages/.exec(warm.label)?.[1] ?? Number.NaN);
  const size = /pages, (.+)\./.exec(warm.label)?.[1] ?? '';
  const bytes = Number.parseFloat(size.replace(',', '.')) * (size.includes('Mo') ? 1e6 : 1e3);
  return {
    photos: PDF_PHOTOS,
    pages,
    bytes,
    coldMs4x: cold.ms,
    coldEngineMs4x: cold.engineMs,
    warmMs4x: warm.ms,
    cpuMs: full.cpu,
  };
}

/** Runs the DOE bench against dist/ (built beforehand). */
export async function measureDoe(): Promise<DoeBench> {
  const dir = join(ROOT, '.tmp', 'bench-photos');
  await mkdir(dir, { recursive: true });
  try {
    return await withPreview((url) => measureIn(url, dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The DOE bench in one Chromium against the preview at `url`, photos written to `dir`. */
async function measureIn(url: string, dir: string): Promise<DoeBench> {
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(chromiumLaunch);
    const context = await browser.newContext({
      baseURL: url,
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    const page = await context.newPage();
    const doe = new DoePage(page);
    const cpu = await Cpu.of(page);
    await page.goto('/doe');
    const resized = await resizeAndStore(page, doe, cpu, dir);
    const open = await openJob(page, doe, cpu);
    const pdf = await makePdf(page, doe, cpu);
    return {
      photos: resized.count,
      cameraBytes: resized.cameraBytes,
      msPerPhoto: resized.elapsed / PHOTOS,
      cpuMsPerPhoto: resized.cpu / PHOTOS,
      storedBytesPerPhoto: resized.bytes / resized.count,
      thumbBytesPerPhoto: resized.thumbs / resized.count,
      openJob: open,
      pdf,
    };
  } finally {
    await browser?.close();
  }
}

import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { waitForServiceWorker } from './support/service-worker';

/**
 * Opens Home on a new install as a first visit: the welcome shows, « Plus tard » leads Home in
 * the same page, where the service worker installs (no second visit before the checks).
 */
async function openHome(app: AppPage): Promise<void> {
  await app.page.goto('/');
  await app.page.getByRole('button', { name: 'Plus tard', exact: true }).click();
  await expect(app.heading).toHaveText('Bonjour !');
  await waitForServiceWorker(app.page);
}

test('the manifest is linked, complete, and the app is installable', async ({ page, request }) => {
  const app = new AppPage(page);
  await openHome(app);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href ?? '', page.url()).href)).json();
  expect(manifest).toMatchObject({
    name: 'Établi',
    short_name: 'Établi',
    lang: 'fr',
    display: 'standalone',
    start_url: '/',
    scope: '/',
    // Landscape users are not locked out (WCAG 1.3.4).
    orientation: 'any',
  });
  expect(manifest.description).toMatch(/artisans/);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const icons: Array<{ src: string; sizes: string; purpose?: string }> = manifest.icons;
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of icons) {
    const response = await request.get(new URL(icon.src, page.url()).href);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  for (const path of ['/favicon.ico', '/robots.txt', '/apple-touch-icon-180x180.png']) {
    expect((await request.get(path)).ok(), path).toBe(true);
  }

  // Chromium's own verdict on installability (manifest, icons, service worker with fetch handler).
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test contexts are incognito, which Chromium reports on its own; nothing else may be listed.
  const errors = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  expect(errors).toEqual([]);
});

test('the service worker controls the page and precaches the shell', async ({ page }) => {
  const app = new AppPage(page);
  await openHome(app);
  const state = await page.evaluate(async () => ({
    controlled: navigator.serviceWorker.controller !== null,
    script: navigator.serviceWorker.controller?.scriptURL ?? '',
    cached: (await caches.keys()).some((name) => name.includes('precache')),
  }));
  expect(state.controlled).toBe(true);
  expect(state.script).toMatch(/\/sw\.js$/);
  expect(state.cached).toBe(true);
  await expect(page.getByText('Prêt à fonctionner hors ligne.')).toBeVisible();
});

test('the home screen at phone size (README screenshot)', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await openHome(app);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: 'Temps gagné cette semaine' })).toBeVisible();
  // No horizontal scrolling at 360 px.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const path = process.env.UPDATE_README_SHOT ? 'docs/home.png' : testInfo.outputPath('home.png');
  await page.screenshot({ path, scale: 'css' });
});

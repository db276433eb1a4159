import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { SettingsPage } from './pages/SettingsPage';
import { skipWelcome } from './support/first-run';
import { SCREENS } from './support/screens';

test('the language switch changes the UI and persists, offline too', async ({ page }) => {
  await skipWelcome(page);
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await expect(settings.heading).toHaveText('Réglages');

  await settings.chooseLanguage('English');
  await expect(settings.heading).toHaveText('Settings');
  await expect(settings.nav.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await settings.reloadOffline();
  await expect(settings.heading).toHaveText('Settings');
  await settings.navigate('Home');
  await expect(settings.heading).toHaveText('Hello!');

  await settings.navigate('Settings');
  await settings.chooseLanguage('Français');
  await expect(settings.heading).toHaveText('Réglages');
  await page.reload();
  await expect(settings.heading).toHaveText('Réglages');
});

/** Notes, in the page, every main heading shown and the theme when the body first appears. */
function watchFirstPaint(): void {
  const seen = { headings: [] as string[], themeAtBody: null as string | null, body: false };
  (window as Window & { firstPaint?: typeof seen }).firstPaint = seen;
  new MutationObserver(() => {
    if (!seen.body && document.body) {
      seen.body = true;
      seen.themeAtBody = document.documentElement.dataset.theme ?? null;
    }
    const heading = document.querySelector('h1')?.textContent;
    if (heading && seen.headings.at(-1) !== heading) seen.headings.push(heading);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** What `watchFirstPaint` noted. */
function firstPaint(page: Page) {
  return page.evaluate(
    () =>
      (
        window as Window & {
          firstPaint?: { headings: string[]; themeAtBody: string | null };
        }
      ).firstPaint,
  );
}

test('the dark theme can be chosen and is remembered, from the first paint', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await page.getByRole('radio', { name: 'Sombre' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.addInitScript(watchFirstPaint);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Dark before anything is painted: no light flash while the app starts.
  expect((await firstPaint(page))?.themeAtBody).toBe('dark');
});

test('a restart shows the chosen language at once; the saved settings win over the hint', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await settings.chooseLanguage('English');
  await expect(settings.heading).toHaveText('Settings');

  await page.addInitScript(watchFirstPaint);
  await settings.reloadOffline();
  await expect(settings.heading).toHaveText('Settings');
  // No French heading, not even for a moment, although IndexedDB is read after the first paint.
  expect((await firstPaint(page))?.headings).toEqual(['Settings']);

  // The copy kept for the first paint went stale (e.g. written by an older version): what is
  // saved in IndexedDB wins, and the copy is put right.
  await page.evaluate(() =>
    localStorage.setItem(
      'etabli:settings',
      JSON.stringify({ language: 'fr', theme: 'system', weeklyGoalMinutes: 126 }),
    ),
  );
  await page.reload();
  await expect(settings.heading).toHaveText('Settings');
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('etabli:settings') ?? '{}')))
    .toMatchObject({ language: 'en' });
});

test('once English is chosen online, every screen reads in English offline', async ({ page }) => {
  test.setTimeout(90_000); // one offline page load per screen
  // Only French is precached; English files are fetched when English is first used.
  const english = readdirSync(resolve(import.meta.dirname, '../dist/assets')).filter((name) =>
    name.startsWith('locale-en-'),
  );
  expect(english.length).toBeGreaterThan(5);
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await settings.chooseLanguage('English');
  await expect
    .poll(
      () => page.evaluate(async () => (await (await caches.open('etabli-locales')).keys()).length),
      { timeout: 15_000 },
    )
    .toBe(english.length);

  await page.context().setOffline(true);
  for (const screen of SCREENS) {
    await page.goto(screen);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading, screen).toBeVisible();
    // A missing string shows as its key (`list.title`, `settings.storage.used`).
    await expect(page.locator('main'), screen).not.toContainText(
      /\b[a-z][a-zA-Z]*\.[a-z][a-zA-Z]+/,
    );
  }
  await page.goto('/compose/review-negative-delay');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Negative review');
});

test('choosing English for the first time offline says why it cannot, and French stays', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await page.context().setOffline(true);
  await settings.chooseLanguage('English', { expectChange: false });
  await expect(page.getByRole('status').filter({ has: page.locator('.toast') })).toContainText(
    'il faut une connexion',
  );
  await expect(settings.heading).toHaveText('Réglages');
  await expect(page.getByRole('radio', { name: 'Français' })).toBeChecked();

  await page.context().setOffline(false);
  await settings.chooseLanguage('English');
  await expect(settings.heading).toHaveText('Settings');
});

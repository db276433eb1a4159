import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { SettingsPage } from './pages/SettingsPage';
import { skipWelcome } from './support/first-run';
import { type SwappableServer, startStaticServer } from './support/static-server';

const run = promisify(execFile);
const current = resolve('dist');
const next = resolve('.tmp/e2e-next-build');
let server: SwappableServer;

// One worker runs this file's tests one after the other: they share the second build and the
// server whose root they swap.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // A second, different build of the same app: the "new version" published after a deploy.
  await rm(next, { recursive: true, force: true });
  await run(
    'node_modules/.bin/vite',
    ['build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, ETABLI_BUILD_LABEL: 'next-build' },
    },
  );
  server = await startStaticServer(current);
});

test.afterAll(async () => {
  await server?.close();
});

test.beforeEach(() => {
  server.setRoot(current);
});

test('an update is offered, waits for the user, and keeps a half-typed field', async ({ page }) => {
  const settings = new SettingsPage(page);
  await page.goto(`${server.url}/settings`);
  await settings.open(`${server.url}/settings`);
  const version = page.getByTestId('build-label');
  const before = await version.textContent();
  expect(before).not.toContain('next-build');

  await settings.field('Nom ou raison sociale').fill('Boulangerie du Pon');

  // Publish the new build; the app checks for it when it becomes visible again.
  server.setRoot(next);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByText('Nouvelle version disponible')).toBeVisible({ timeout: 15_000 });

  // Nothing is applied until the user asks: the old version keeps running with the input.
  await page.waitForTimeout(500);
  await expect(version).toHaveText(before ?? '');
  await expect(settings.field('Nom ou raison sociale')).toHaveValue('Boulangerie du Pon');

  await page.getByRole('button', { name: 'Mettre à jour' }).click();
  await expect(version).toContainText('next-build', { timeout: 15_000 });
  await expect(settings.field('Nom ou raison sociale')).toHaveValue('Boulangerie du Pon');
  await expect(page.getByText('Nouvelle version disponible')).toHaveCount(0);
});

test('a tab left on the old version recovers when it opens a screen the update replaced', async ({
  context,
}) => {
  const tabA = new SettingsPage(await context.newPage());
  await skipWelcome(tabA.page, server.url);
  await tabA.open(`${server.url}/settings`);
  const before = await tabA.page.getByTestId('build-label').textContent();
  expect(before).not.toContain('next-build');
  // Tab B shows Home and has not loaded the Settings screen of the old version.
  const tabB = new AppPage(await context.newPage());
  await tabB.open(`${server.url}/`);
  await expect(tabB.heading).toHaveText('Bonjour !');

  // Tab A applies the new version: its worker takes control of both tabs, and its precache
  // no longer holds the old version's screens.
  server.setRoot(next);
  await tabA.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await tabA.page.getByRole('button', { name: 'Mettre à jour' }).click({ timeout: 15_000 });
  await expect(tabA.page.getByTestId('build-label')).toContainText('next-build', {
    timeout: 15_000,
  });

  // Tab B, still on the old code, opens Settings: the old screen's file is gone, so the tab
  // reloads once into the new version instead of leaving a dead screen.
  await tabB.navigate('Réglages');
  await expect(tabB.heading).toHaveText('Réglages', { timeout: 15_000 });
  await expect(tabB.page.getByTestId('build-label')).toContainText('next-build');
  await expect(tabB.page.getByRole('alert')).toHaveCount(0);
});

import { expect, type Page } from '@playwright/test';

/**
 * Ends the first-run welcome as an artisan would, with « Plus tard », so that Home opens as on a
 * device already in use. Specs about something other than the first run start with it: a fresh
 * browser context is a new install, which Home would send to the welcome.
 */
export async function skipWelcome(page: Page, origin = ''): Promise<void> {
  await page.goto(`${origin}/welcome`);
  await page.getByRole('button', { name: 'Plus tard', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour !' })).toBeVisible();
}

import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/SettingsPage';

test('the language switch changes the UI and persists, offline too', async ({ page }) => {
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

test('the dark theme can be chosen and is remembered', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await page.getByRole('radio', { name: 'Sombre' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

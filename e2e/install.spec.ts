import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { skipWelcome } from './support/first-run';

// These checks start on a device past the first-run welcome (first-run.spec.ts covers it).
test.beforeEach(async ({ page }) => {
  await skipWelcome(page);
});

test('the install button appears when the browser offers installation', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/');
  await expect(page.getByRole('button', { name: "Installer l'application" })).toHaveCount(0);

  // Chromium fires beforeinstallprompt on its own schedule; the test plays the browser's part.
  await page.evaluate(() => {
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        (window as unknown as { prompted: boolean }).prompted = true;
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(event);
  });
  const install = page.getByRole('button', { name: "Installer l'application" });
  await expect(install).toBeVisible();
  await install.click();
  await expect.poll(() => page.evaluate(() => 'prompted' in window)).toBe(true);
  await expect(install).toHaveCount(0);
});

test.describe('on iOS Safari', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  });

  test('explains how to add the app to the home screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(/touchez le bouton Partager de Safari/)).toBeVisible();
  });
});

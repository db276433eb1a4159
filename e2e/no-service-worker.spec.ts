import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { TimePage } from './pages/TimePage';
import { skipWelcome } from './support/first-run';

// These checks start on a device past the first-run welcome (first-run.spec.ts covers it).
test.beforeEach(async ({ page }) => {
  await skipWelcome(page);
});

// A browser without service workers (disabled by a policy, some private modes, or blocked as
// here): the app runs as a plain web page, with no error and no banner about offline use.
test.use({ serviceWorkers: 'block' });

test('without a service worker the app works and says nothing about it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The app asks for its worker once the page is loaded and idle; the browser refuses.
  const refused = page.waitForEvent('console', (message) =>
    /Service Worker registration blocked/i.test(message.text()),
  );

  const app = new AppPage(page);
  await page.goto('/');
  await expect(app.heading).toHaveText('Bonjour !');
  await refused;

  // The home screen works: its quick action logs time, and the week's figure counts it.
  await page.getByRole('link', { name: 'Noter du temps gagné' }).click();
  const time = new TimePage(page);
  await time.log(15, 'Relation client');
  await app.navigate('Accueil');
  await expect(page.getByText('15 min sur un objectif')).toBeVisible();

  await expect(page.getByText('Prêt à fonctionner hors ligne.')).toHaveCount(0);
  await expect(page.getByText('Nouvelle version disponible')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(errors).toEqual([]);
});

import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { skipWelcome } from './support/first-run';

// These checks start on a device past the first-run welcome (first-run.spec.ts covers it).
test.beforeEach(async ({ page }) => {
  await skipWelcome(page);
});

// Each screen names the document after itself (the heading, unless said otherwise).
const ROUTES: Array<{ path: string; heading: string; title?: string }> = [
  { path: '/', heading: 'Bonjour !', title: 'Accueil' },
  { path: '/templates', heading: 'Modèles' },
  { path: '/time', heading: 'Temps gagné' },
  { path: '/settings', heading: 'Réglages' },
  { path: '/history', heading: 'Textes validés' },
  { path: '/quotes', heading: 'Devis' },
  { path: '/quotes/new', heading: 'Nouveau devis' },
  { path: '/quotes/library', heading: 'Bibliothèque' },
  { path: '/quotes/settings', heading: 'Réglages des devis' },
  { path: '/quotes/check', heading: 'Mentions de vos devis' },
  { path: '/doe', heading: 'Chantiers et DOE' },
  { path: '/doe/new', heading: 'Nouveau chantier' },
  { path: '/compose/review-negative-delay', heading: 'Avis négatif : retard' },
];

test('every route reloads offline', async ({ page }) => {
  // Fourteen routes, each opened and reloaded: longer than the default test time.
  test.setTimeout(90_000);
  const app = new AppPage(page);
  // Only the home screen is visited online: the other routes were never opened before.
  await app.open('/');
  await page.context().setOffline(true);
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(app.heading).toHaveText(route.heading);
    await page.reload();
    await expect(app.heading).toHaveText(route.heading);
    await expect(page).toHaveTitle(`${route.title ?? route.heading} · Établi`);
    await expect(page.getByRole('status').filter({ hasText: 'Hors ligne' })).toBeVisible();
  }
});

test('the bottom navigation works offline', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/');
  await app.reloadOffline();
  await app.navigate('Réglages');
  await expect(app.heading).toHaveText('Réglages');
  await app.navigate('Temps gagné');
  await expect(app.heading).toHaveText('Temps gagné');
  await app.navigate('Accueil');
  await expect(app.heading).toHaveText('Bonjour !');
});

test('an unknown address says so, offline too', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('/');
  await page.context().setOffline(true);
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { name: 'Page introuvable', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Page introuvable · Établi');
  await page.goto('/compose/no-such-template');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modèle introuvable');
});

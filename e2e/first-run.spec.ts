import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ComposePage } from './pages/ComposePage';
import { SettingsPage } from './pages/SettingsPage';
import { TimePage } from './pages/TimePage';
import { WelcomePage } from './pages/WelcomePage';
import { waitForServiceWorker } from './support/service-worker';

// The first run: a new install opening Home goes through three short steps, each skippable,
// then lands in the first template that fits; a device already in use never sees them.

/** Words of one person (« je ») and of a team (« nous »), apostrophes typographic or not. */
const ONE_PERSON = /\b(je|j['’]|me|m['’]|moi|mon|ma|mes)\b|\b[jm]['’]/i;
const TEAM = /\b(nous|notre|nos)\b/i;

/**
 * The texts of the flow's first wordings: the questions passed with « Suivant », then each
 * « Une autre formulation » (some wordings say neither « je » nor « nous »).
 */
async function wordings(compose: ComposePage, count = 6): Promise<string[]> {
  while (!(await compose.textArea.isVisible())) {
    await compose.button('Suivant').click();
  }
  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    texts.push(await compose.textArea.inputValue());
    await compose.button('Une autre formulation').click();
  }
  return texts;
}

test('a new artisan gives name, trade and team, then lands in a template that says « nous »', async ({
  page,
}) => {
  const welcome = new WelcomePage(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/welcome$/);
  await welcome.expectStep(1, 'Vous et votre entreprise');
  await expect(welcome.forward).toHaveText('Passer');

  await welcome.field('Votre prénom').fill('Léa');
  await welcome.field("Nom de l'entreprise").fill('Plâtrerie Martin');
  await expect(welcome.forward).toHaveText('Suivant');
  // One thumb on a 360 px phone: targets of 48 px at least, nothing wider than the screen.
  for (const target of [welcome.forward, welcome.later, welcome.field('Votre prénom')]) {
    expect((await target.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Enter in a text field moves on, as « Suivant » does.
  await welcome.field("Nom de l'entreprise").press('Enter');

  await welcome.expectStep(2, 'Votre métier');
  await welcome.field('Votre métier').selectOption('plasterer-painter');
  await welcome.forward.click();

  await welcome.expectStep(3, 'En solo ou en équipe ?');
  await page.getByRole('radio', { name: 'En équipe : « nous »' }).check();
  await expect(welcome.forward).toHaveText('Voir mon premier modèle');
  await welcome.forward.click();

  // Straight into the first template for a building trade, in « nous », signed by Léa.
  const compose = new ComposePage(page);
  await expect(page).toHaveURL(/\/compose\/review-five-stars-text$/);
  // Signed by the first name and the business, in one of the signature's wordings.
  await expect(compose.preview).toContainText(/Léa(, | – )Plâtrerie Martin/);
  const texts = await wordings(compose);
  expect(texts.some((text) => TEAM.test(text))).toBe(true);
  expect(texts.filter((text) => ONE_PERSON.test(text))).toEqual([]);

  // It never comes back; Settings holds all of it, to change later.
  await compose.navigate('Accueil');
  await expect(compose.heading).toHaveText('Bonjour !');
  await page.reload();
  await expect(compose.heading).toHaveText('Bonjour !');
  const settings = new SettingsPage(page);
  await settings.navigate('Réglages');
  await expect(settings.field('Votre prénom')).toHaveValue('Léa');
  await expect(settings.field('Nom ou raison sociale')).toHaveValue('Plâtrerie Martin');
  await expect(settings.field('Métier principal')).toHaveValue('plasterer-painter');
  await expect(settings.field('Dans vos textes')).toHaveValue('nous');
});

test('« je » for an artisan on their own', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await page.goto('/');
  await welcome.expectStep(1, 'Vous et votre entreprise');
  await welcome.forward.click();
  await welcome.field('Votre métier').selectOption('baker');
  await welcome.forward.click();
  await page.getByRole('radio', { name: 'En solo : « je »' }).check();
  await welcome.forward.click();
  const texts = await wordings(new ComposePage(page));
  expect(texts.some((text) => ONE_PERSON.test(text))).toBe(true);
  expect(texts.filter((text) => TEAM.test(text))).toEqual([]);
});

test('« Plus tard » skips the whole welcome, for good', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await page.goto('/');
  await welcome.expectStep(1, 'Vous et votre entreprise');
  await welcome.later.click();
  await expect(welcome.heading).toHaveText('Bonjour !');
  await page.reload();
  await expect(welcome.heading).toHaveText('Bonjour !');
  await expect(page).toHaveURL(/\/$/);
});

test('leaving by the bottom navigation ends the welcome too', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await page.goto('/');
  await welcome.field('Votre prénom').fill('Karim');
  await welcome.forward.click();
  await welcome.expectStep(2, 'Votre métier');
  await welcome.navigate('Accueil');
  await expect(welcome.heading).toHaveText('Bonjour !');
  await page.reload();
  await expect(welcome.heading).toHaveText('Bonjour !');
});

test('every step can be passed, then the first template opens', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await page.goto('/');
  for (const [step, title] of [
    [1, 'Vous et votre entreprise'],
    [2, 'Votre métier'],
    [3, 'En solo ou en équipe ?'],
  ] as const) {
    await welcome.expectStep(step, title);
    await expect(welcome.forward).toHaveText('Passer');
    await welcome.forward.click();
  }
  await expect(page).toHaveURL(/\/compose\/review-five-stars-text$/);
  await page.goto('/');
  await expect(welcome.heading).toHaveText('Bonjour !');
});

test('a reload or a restart in the middle keeps what was typed and the step', async ({
  page,
  context,
}) => {
  const welcome = new WelcomePage(page);
  await page.goto('/');
  await welcome.field('Votre prénom').fill('Karim');
  await welcome.field("Nom de l'entreprise").fill('Boulangerie du Mar');
  await welcome.forward.click();
  await welcome.field('Votre métier').selectOption('baker');

  await page.reload();
  await welcome.expectStep(2, 'Votre métier');
  await expect(welcome.field('Votre métier')).toHaveValue('baker');
  await page.getByRole('button', { name: 'Précédent', exact: true }).click();
  await welcome.expectStep(1, 'Vous et votre entreprise');
  await expect(welcome.field('Votre prénom')).toHaveValue('Karim');
  await expect(welcome.field("Nom de l'entreprise")).toHaveValue('Boulangerie du Mar');

  // The app closed in the middle and opened again from its icon: the welcome goes on.
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  const resumed = new WelcomePage(again);
  await resumed.expectStep(1, 'Vous et votre entreprise');
  await expect(resumed.field('Votre prénom')).toHaveValue('Karim');
});

test('the welcome works offline once the app was opened', async ({ page, context }) => {
  const welcome = new WelcomePage(page);
  await page.goto('/');
  await welcome.expectStep(1, 'Vous et votre entreprise');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();

  await welcome.expectStep(1, 'Vous et votre entreprise');
  await welcome.field('Votre prénom').fill('Léa');
  await welcome.forward.click();
  await welcome.field('Votre métier').selectOption('electrician');
  await welcome.forward.click();
  await page.getByRole('radio', { name: 'En équipe : « nous »' }).check();
  await welcome.forward.click();
  await expect(page).toHaveURL(/\/compose\/review-five-stars-text$/);
  await expect(new ComposePage(page).preview).toContainText('Léa');
});

test('a device already in use is never sent to the welcome', async ({ page }) => {
  // Minutes logged before the welcome existed (an update brings it): Home stays Home.
  const time = new TimePage(page);
  await time.open('/time');
  await time.log(5, 'Relation client');
  const app = new AppPage(page);
  await app.navigate('Accueil');
  await expect(app.heading).toHaveText('Bonjour !');
  await page.reload();
  await expect(app.heading).toHaveText('Bonjour !');
  await expect(page).toHaveURL(/\/$/);
});

test('a profile filled in before is enough to skip the welcome', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await settings.field('Nom ou raison sociale').fill('Garage Dupont');
  await expect(settings.saveState).toHaveText('Enregistré');
  await settings.navigate('Accueil');
  await expect(settings.heading).toHaveText('Bonjour !');
});

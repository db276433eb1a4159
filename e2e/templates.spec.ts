import { expect, test } from '@playwright/test';
import { ComposePage } from './pages/ComposePage';
import { SettingsPage } from './pages/SettingsPage';
import { skipWelcome } from './support/first-run';

// These checks start on a device past the first-run welcome (first-run.spec.ts covers it).
test.beforeEach(async ({ page }) => {
  await skipWelcome(page);
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Fills the profile used to sign replies (offline, as typed on the phone). */
async function fillProfile(settings: SettingsPage): Promise<void> {
  await settings.navigate('Réglages');
  await settings.field('Nom ou raison sociale').fill('Martin Rénovation');
  await settings.field('Téléphone').fill('06 12 34 56 78');
  await settings.field('Ville').fill('Lyon');
  await settings.field('Métier principal').selectOption('plasterer-painter');
  await expect(settings.saveState).toHaveText('Enregistré');
}

test('reply to a 2-star review about a delay, offline from a cold start, and copy it', async ({
  page,
}) => {
  const app = new ComposePage(page);
  await app.open('/');
  await app.reloadOffline();
  await fillProfile(new SettingsPage(page));
  await app.navigate('Accueil');

  app.taps = 0;
  await app.tap(app.link('Répondre à un avis'));
  // Review replies start with the stars, then the cause.
  await expect(page.getByRole('group', { name: "Combien d'étoiles ?" })).toBeVisible();
  await app.tap(app.chip('2 étoiles'));
  await expect(app.link(/Avis 5 étoiles/)).toHaveCount(0);
  await app.tap(app.link(/Avis négatif : retard/));
  // The stars chosen are the answer: the flow starts with the customer's name.
  await app.type('Prénom du client', 'Marie');
  await app.tap(app.button('Suivant'));
  await app.tap(app.chip('Fournisseur'));
  await app.expectQuestion('Ce que vous avez changé depuis');
  await expect(app.preview).toContainText('Bonjour Marie');
  await app.tap(app.button('Voir le texte'));
  await expect(app.textArea).toHaveValue(/retard/);
  await app.tap(app.button('Valider et copier'));

  await expect(page.getByText('Copié dans le presse-papiers.')).toBeVisible();
  // Focus moves to the result.
  await expect(page.getByRole('heading', { name: 'Texte validé' })).toBeFocused();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(await app.finalText.textContent());
  expect(clipboard).toContain('Bonjour Marie');
  expect(clipboard).toContain('06 12 34 56 78');
  expect(clipboard).toContain('Martin Rénovation');
  test
    .info()
    .annotations.push({ type: 'taps from home to a copied reply', description: String(app.taps) });
  expect(app.taps).toBeLessThanOrEqual(8);

  // The minutes count with the validation, without another tap.
  await expect(page.getByTestId('time-counted')).toContainText(
    '+20 min comptées dans votre temps gagné',
  );
  // The review's stars are proposed as the customer's satisfaction, recorded once.
  await app.button('Enregistrer 2 étoiles').click();
  await expect(page.getByText('Note enregistrée : 2 étoiles.')).toBeVisible();
  await app.navigate('Temps gagné');
  await expect(page.getByRole('listitem').filter({ hasText: 'Relation client' })).toContainText(
    '20 min',
  );
  await app.navigate('Accueil');
  await expect(page.getByText('20 min sur un objectif de 2 h et 6 min')).toBeVisible();
});

test('an Instagram before/after post, with hashtags the platform likes', async ({ page }) => {
  const app = new ComposePage(page);
  await app.open('/');
  await app.reloadOffline();
  await fillProfile(new SettingsPage(page));
  await app.navigate('Accueil');

  await app.tap(app.link('Nouvelle publication'));
  await app.tap(app.link(/Avant.*après/i));
  await app.tap(app.chip('Instagram'));
  await app.type("De quoi s'agit-il ? (facultatif)", 'la cuisine de Mme Roux');
  await app.tap(app.button('Suivant'));
  await app.tap(app.chip('Démodé'));
  await app.tap(app.chip('Plus lumineux'));
  await app.tap(app.button('Voir le texte'));

  const text = await app.textArea.inputValue();
  const hashtags = text.match(/#[\p{L}\p{N}_]+/gu) ?? [];
  expect(hashtags.length).toBeGreaterThanOrEqual(3);
  expect(hashtags.length).toBeLessThanOrEqual(5);
  expect(text).toContain('Lyon');
  await expect(page.getByText('/ 2 200 caractères')).toBeVisible();
  await app.tap(app.button('Valider et copier'));
  // Where it falls in the sentence decides its capital letter.
  await expect(app.finalText).toContainText(/la cuisine de Mme Roux/i);
});

test('a 1-star reply is easy to find, and every card has its own title', async ({ page }) => {
  const app = new ComposePage(page);
  await app.open('/');
  await app.navigate('Modèles');
  const search = page.getByLabel('Rechercher un modèle');
  for (const query of ['1 étoile', 'une étoile']) {
    await search.fill(query);
    await expect(app.link(/Avis négatif : qualité/)).toBeVisible();
    await expect(app.link(/Avis 5 étoiles/)).toHaveCount(0);
  }
  await search.fill('une étoile retard');
  await expect(page.locator('.template-list > li')).toHaveCount(1);
  await search.fill('');

  // Before a trade is set, every format of every trade is listed, each with its own title.
  await app.chip('Publications').click();
  const titles = await page.locator('.template-card strong').allTextContents();
  expect(titles.length).toBeGreaterThan(10);
  expect(new Set(titles).size).toBe(titles.length);
});

test('a draft left half-way survives a reload and resumes where it was', async ({ page }) => {
  const app = new ComposePage(page);
  await app.open('/');
  await app.navigate('Modèles');
  await app.tap(app.link(/Avis négatif : retard/));
  await app.tap(app.button('Suivant'));
  await app.type('Prénom du client', 'Jeanne');
  await expect(app.preview).toContainText('Bonjour Jeanne');

  await app.reloadOffline();
  await expect(page.getByLabel('Prénom du client')).toHaveValue('Jeanne');
  await app.navigate('Accueil');
  const draft = page.getByRole('link', { name: /Réponse à un avis/ });
  await expect(draft).toContainText('Bonjour Jeanne');
  await draft.click();
  await expect(page.getByLabel('Prénom du client')).toHaveValue('Jeanne');
});

test('HTML typed in a field shows as text, never as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const app = new ComposePage(page);
  await app.open('/');
  await app.navigate('Modèles');
  await app.tap(app.link(/Avis négatif : retard/));
  await app.tap(app.button('Suivant'));
  const markup = '<img src=x onerror=alert(1)><b>Zoé</b>';
  await app.type('Prénom du client', markup);
  await expect(app.preview).toContainText(`Bonjour ${markup}`);
  await expect(app.preview.locator('img, b')).toHaveCount(0);
  await app.tap(app.button('Voir le texte'));
  await app.tap(app.button('Valider et copier'));
  await expect(app.finalText).toContainText(markup);
  await expect(app.finalText.locator('img, b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('validated texts can be found, duplicated, and deleted with undo', async ({ page }) => {
  const app = new ComposePage(page);
  await app.open('/');
  await app.navigate('Modèles');
  await app.tap(app.link(/Avis négatif : retard/));
  await app.tap(app.button('Voir le texte'));
  await app.tap(app.button('Valider et copier'));
  await app.link('Textes validés').click();

  await expect(page.getByRole('heading', { name: 'Textes validés', level: 1 })).toBeVisible();
  const search = page.getByLabel('Rechercher dans les textes');
  await search.fill('retard');
  await expect(page.locator('.history-list > li')).toHaveCount(1);
  await search.fill('plomberie introuvable');
  await expect(page.getByText('Aucun texte validé')).toBeVisible();
  await search.fill('');

  await app.button('Supprimer').click();
  await expect(page.getByText('Texte supprimé.')).toBeVisible();
  await expect(page.locator('.history-list > li')).toHaveCount(0);
  await app.button('Annuler').click();
  await expect(page.locator('.history-list > li')).toHaveCount(1);

  await app.button('Dupliquer').click();
  await expect(page.getByRole('heading', { name: 'Avis négatif : retard' })).toBeVisible();
  await expect(app.page).toHaveURL(/\/compose\/review-negative-delay\?doc=/);
});

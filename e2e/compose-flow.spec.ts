import { expect, test } from '@playwright/test';
import { ComposePage } from './pages/ComposePage';
import { SettingsPage } from './pages/SettingsPage';

// The guided flow keeps every word the artisan typed: another wording sets their own text aside
// instead of wiping it, and brings it back on request, even after a reload.

test('another wording never wipes a text rewritten by hand', async ({ page }) => {
  const app = new ComposePage(page);
  await app.open('/compose/review-negative-delay');
  await app.tap(app.button('Voir le texte'));
  const mine =
    'Bonjour, merci pour votre retour. Le retard venait de nous : je vous appelle demain.';
  await app.textArea.fill(mine);
  await expect(app.textArea).toHaveValue(mine);

  await app.tap(app.button('Une autre formulation'));
  await expect(app.textArea).not.toHaveValue(mine);
  await expect(app.button('Revenir à mon texte')).toBeVisible();

  // Set aside, not lost: still there after a reload.
  await app.reloadOffline();
  await app.tap(app.button('Revenir à mon texte'));
  await expect(app.textArea).toHaveValue(mine);
  await expect(app.button('Revenir à mon texte')).toHaveCount(0);
});

test('only valid contact details reach a public text, written the French way', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await settings.field('Nom ou raison sociale').fill('Boulangerie Karim');
  await settings.field('Téléphone').fill('0612345678');
  await settings.field('E-mail').fill('karim@');
  await expect(settings.saveState).toHaveText('Enregistré');

  const app = new ComposePage(page);
  await app.navigate('Modèles');
  await page.goto('/compose/review-negative-delay');
  await app.tap(app.button('Voir le texte'));
  await expect(app.textArea).toHaveValue(/06 12 34 56 78/);
  await expect(app.textArea).not.toHaveValue(/karim@/);
  await expect(page.getByTestId('contact-dropped')).toContainText(
    "Votre adresse e-mail n'apparaît pas dans le texte",
  );
  await page.getByRole('link', { name: 'Le corriger dans Réglages' }).click();
  await expect(settings.heading).toHaveText('Réglages');
});

test('the way forward keeps its place; Enter moves on; each new question takes the focus', async ({
  page,
}) => {
  const app = new ComposePage(page);
  // Stars chosen in the catalogue: the flow starts with the customer's name.
  await app.open('/compose/review-negative-delay?stars=2');
  // The navigation says where the artisan is: in the templates.
  await expect(app.nav.getByRole('link', { name: 'Modèles' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const next = app.button('Suivant');
  const first = await next.boundingBox();
  // A typed answer: Enter reads "next" and moves on.
  const name = page.getByLabel('Prénom du client');
  await name.click();
  await expect(name).toHaveAttribute('enterkeyhint', 'next');
  await name.fill('Marie');
  const progress = page.getByText(/^Question \d+ sur \d+$/);
  const before = Number(/\d+/.exec((await progress.textContent()) ?? '')?.[0]);
  await name.press('Enter');
  await expect(progress).toHaveText(new RegExp(`^Question ${before + 1} sur`));
  // The new question has the focus; « Précédent » never takes the place of « Suivant ».
  await expect(page.locator('.question')).toBeFocused();
  const second = await next.boundingBox();
  const back = await app.button('Précédent').boundingBox();
  expect(second?.x).toBe(first?.x);
  expect(second?.width).toBe(first?.width);
  expect(back && second && back.y > second.y + second.height).toBe(true);
});

test('drafts do not pile up: named by their customer, reopened, deleted with undo', async ({
  page,
}) => {
  const app = new ComposePage(page);
  await app.open('/compose/review-negative-delay?stars=2');
  await app.type('Prénom du client', 'Jeanne');
  await expect(app.preview).toContainText('Bonjour Jeanne');

  // Opened again from the catalogue: the same draft goes on.
  await app.navigate('Modèles');
  await page.goto('/compose/review-negative-delay?stars=2');
  await expect(
    page.getByRole('status').filter({ hasText: 'Vous reprenez votre brouillon' }),
  ).toBeVisible();
  await expect(page.getByLabel('Prénom du client')).toHaveValue('Jeanne');
  // An untouched new text leaves no draft behind.
  await app.button('Commencer un nouveau texte').click();
  const name = page.getByLabel('Prénom du client');
  await expect(name).toHaveValue('');
  // The first keystroke of the new text creates its draft without remounting the flow.
  await name.pressSequentially('Lu');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Lu');
  await name.fill('');
  await app.button('Suivant').click();

  await app.navigate('Accueil');
  const drafts = page.getByRole('region', { name: 'Brouillons en cours' }).getByRole('listitem');
  await expect(drafts).toHaveCount(1);
  await expect(drafts.first()).toContainText('Réponse à un avis · Jeanne');

  await drafts.first().getByRole('button', { name: 'Supprimer le brouillon « Jeanne »' }).click();
  await expect(drafts).toHaveCount(0);
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(drafts).toHaveCount(1);
});

test('an offer commits to nothing the artisan did not choose, and keeps what was typed', async ({
  page,
}) => {
  const app = new ComposePage(page);
  await app.open('/compose/post-offer');
  const next = app.button('Suivant');
  await next.click();
  // No kind of offer is chosen in advance, and the flow does not move on without one.
  const kind = page.getByRole('group', { name: "Quel genre d'offre ?" });
  await expect(kind.getByRole('radio', { checked: true })).toHaveCount(0);
  await next.click();
  await expect(page.getByText("Choisissez le genre d'offre.")).toBeVisible();
  await expect(kind).toBeVisible();
  await app.chip('Un pourcentage').click();

  // No discount either; 200 % is refused beside the field, and stays as typed.
  const percent = page.getByLabel('Remise (en %)');
  await expect(percent).toHaveValue('');
  await percent.fill('200');
  await expect(page.getByText('Indiquez une remise entre 1 et 90 %.')).toBeVisible();
  await percent.press('Enter');
  await expect(percent).toHaveValue('200');
  await expect(percent).toHaveAttribute('aria-invalid', 'true');
  await percent.fill('20');
  await expect(page.getByText('Indiquez une remise entre 1 et 90 %.')).toHaveCount(0);
  await next.click();
  // The wording varies (« -20 % », « Une remise de 20 % »): the figure is what must be there.
  await expect(app.preview).toContainText(/\b20\s?%/);

  // Skipping to the text: validation waits for the end date, which cannot be in the past.
  await app.button('Voir le texte').click();
  const validate = app.button('Valider et copier');
  await expect(validate).toBeDisabled();
  await expect(page.getByText(/Pour valider, il manque\s: Jusqu'à quand/)).toBeVisible();
  await app.button('Compléter').click();
  const end = page.getByLabel("Jusqu'à quand ?");
  await expect(page.getByText("Indiquez jusqu'à quand l'offre est valable.")).toBeVisible();
  await end.fill('2020-01-31');
  await expect(
    page.getByText("Cette date est passée : choisissez aujourd'hui ou plus tard."),
  ).toBeVisible();
  await next.click();
  await expect(end).toHaveValue('2020-01-31');
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await end.fill(later);
  await app.button('Voir le texte').click();
  await expect(validate).toBeEnabled();
  // « -20 % » or « une remise de 20 % »: the figure, with its no-break space, whatever the wording.
  await expect(app.textArea).toHaveValue(/\b20\u00A0%/);
});

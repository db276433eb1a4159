import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/SettingsPage';
import { skipWelcome } from './support/first-run';

test('a profile typed offline is still there after an offline reload', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await settings.reloadOffline();

  await settings.field('Nom ou raison sociale').fill('Plâtrerie Léa Martin');
  await settings.field('Forme juridique').selectOption('sarl');
  await settings.field('Capital social (€)').fill('5000');
  await settings.field('SIRET').fill('732 829 320 00074');
  await settings.field('Code postal').fill('69003');
  await settings.field('Métier principal').selectOption('plasterer-painter');
  await settings.field('Assureur').fill('MAAF Assurances');
  await expect(settings.saveState).toHaveText('Enregistré');

  await page.reload();
  await expect(settings.field('Nom ou raison sociale')).toHaveValue('Plâtrerie Léa Martin');
  await expect(settings.field('Forme juridique')).toHaveValue('sarl');
  await expect(settings.field('Capital social (€)')).toHaveValue('5000');
  await expect(settings.field('SIRET')).toHaveValue('732 829 320 00074');
  await expect(settings.field('Métier principal')).toHaveValue('plasterer-painter');
  await expect(settings.field('Assureur')).toHaveValue('MAAF Assurances');
});

test('wrong input gets a clear French error and is kept as typed', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');

  const siret = settings.field('SIRET');
  await siret.fill('73282932000075');
  await expect(page.getByText("Ce SIRET n'est pas valide : vérifiez les chiffres.")).toBeVisible();
  await expect(siret).toHaveAttribute('aria-invalid', 'true');
  await siret.fill('7328293200');
  await expect(page.getByText('Le SIRET compte 14 chiffres.')).toBeVisible();
  await siret.fill('73282932000074');
  await expect(siret).not.toHaveAttribute('aria-invalid', 'true');

  await settings.field('E-mail').fill('lea@');
  await expect(page.getByText(/Adresse e-mail incomplète/)).toBeVisible();
  await page.reload();
  await expect(settings.field('E-mail')).toHaveValue('lea@');
  await expect(page.getByText(/Adresse e-mail incomplète/)).toBeVisible();
});

test('building trades are asked for their decennial insurance', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open('/settings');
  await expect(page.getByRole('group', { name: 'Assurance décennale' })).toHaveCount(0);
  await settings.field('Métier principal').selectOption('roofer');
  await expect(page.getByRole('group', { name: 'Assurance décennale' })).toBeVisible();
  await settings.field('Métier principal').selectOption('baker');
  await expect(page.getByRole('group', { name: 'Assurance décennale' })).toHaveCount(0);
});

test('home counts the mentions a quote still lacks', async ({ page }) => {
  await skipWelcome(page);
  const settings = new SettingsPage(page);
  await settings.open('/');
  await expect(page.getByText(/Il manque \d+ mentions à vos devis\./)).toBeVisible();
  // The count leads to the quote checker, each finding to its field in the profile.
  await page.getByRole('link', { name: 'Voir les mentions manquantes' }).click();
  await expect(settings.heading).toHaveText('Mentions de vos devis');
  await page.getByRole('button', { name: /Le SIRET manque/ }).click();
  await expect(settings.heading).toHaveText('Réglages');
  await expect(settings.field('SIRET')).toBeFocused();
});

import { expect, test } from '@playwright/test';
import { QuotesPage } from './pages/QuotesPage';
import { SettingsPage } from './pages/SettingsPage';
import { downloadedPdfText } from './support/pdf';

/** A building company's profile, complete except for the consumer mediator. */
async function fillProfile(settings: SettingsPage): Promise<void> {
  await settings.open('/settings');
  await settings.field('Nom ou raison sociale').fill('Plâtrerie Léa Martin');
  await settings.field('Forme juridique').selectOption('sarl');
  await settings.field('Capital social (€)').fill('5000');
  await settings.field('SIRET').fill('732 829 320 00074');
  await settings.field('Immatriculation (RNE ou RCS)').fill('RCS Annecy 732 829 320');
  await settings.field('Adresse').fill('12 rue des Tanneurs');
  await settings.field('Code postal').fill('74000');
  await settings.field('Ville').fill('Annecy');
  await settings.field('N° de TVA intracommunautaire').fill('FR44732829320');
  await settings.field('Métier principal').selectOption('plasterer-painter');
  await settings.field('Assureur').fill('MAAF Assurances');
  await settings.field("Adresse de l'assureur").fill('Chaban, 79180 Chauray');
  await settings.field('Couverture géographique').fill('France métropolitaine');
  await expect(settings.saveState).toHaveText('Enregistré');
}

test('a quote made offline at the customer’s table: guided lines, checker, signature, PDF', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const settings = new SettingsPage(page);
  await fillProfile(settings);
  const quotes = new QuotesPage(page);
  await quotes.open('/');
  await quotes.reloadOffline();

  // A guided quote: a room's areas give lines at 10 %, the touch-up pot left behind is at 20 %.
  await quotes.startGuided('Peindre une pièce');
  await quotes.field('Surface des murs (m²)').fill('30');
  await quotes.field('Surface du plafond (m², 0 si aucun)').fill('12');
  await quotes.page.getByLabel(/Laisser un pot de retouche/).check();
  await quotes.button('Proposer les lignes').click();
  await expect(quotes.heading).toHaveText('Devis sans numéro');
  await expect(quotes.line(6).getByLabel('TVA')).toHaveValue('2000');
  await expect(quotes.line(1).getByLabel('TVA')).toHaveValue('1000');

  // The customer, created from the search.
  await quotes.field('Chercher un client (nom, adresse, téléphone)').fill('Élise Roux');
  await quotes.button('Nouveau client : Élise Roux').click();
  await quotes.field('Adresse du client').fill('3 place du Marché\n74000 Annecy');

  // The checker names what is missing; each finding leads to its field.
  await expect(quotes.findings).toHaveText([
    /médiateur de la consommation manque/,
    /date de début ou un délai/,
    /conditions de paiement manquent/,
  ]);
  await quotes.fix(/conditions de paiement manquent/);
  await expect(quotes.field('Conditions de paiement')).toBeFocused();
  await quotes
    .field('Conditions de paiement')
    .fill('30 % à la commande, solde à la fin des travaux');
  await quotes.fix(/date de début ou un délai/);
  await expect(quotes.field('Date de début des travaux')).toBeFocused();
  await quotes.field("Ou délai d'exécution").fill('2 semaines après acceptation');
  await quotes.field("Valeur de l'acompte").fill('30');
  await quotes.fix(/médiateur de la consommation manque/);
  await expect(settings.field('Nom du médiateur')).toBeFocused();
  await settings.field('Nom du médiateur').fill('CM2C');
  await settings.field('Site du médiateur').fill('cm2c.net');
  await expect(settings.saveState).toHaveText('Enregistré');
  await page.goBack();
  // What is left is a warning only: a deposit cannot be cashed within 7 days off premises.
  await expect(
    page.getByText("Rien ne bloque l'envoi ; vérifiez les points ci-dessous."),
  ).toBeVisible();
  await expect(quotes.findings).toHaveText([/l'acompte ne pourra être encaissé qu'après 7 jours/]);

  // Terms first, then the signature; the signed quote is numbered and frozen.
  await quotes.button('Faire signer le client').click();
  await expect(
    page.getByRole('heading', { name: 'Conditions et mentions lues avant de signer' }),
  ).toBeVisible();
  await quotes.drawSignature();
  await quotes.button('Valider la signature').click();
  await expect(quotes.heading).toHaveText(
    'D-2026-0001'.replace('2026', String(new Date().getFullYear())),
  );
  await expect(page.locator('.status-line')).toContainText('Accepté');
  const number = (await quotes.heading.textContent()) ?? '';

  // The PDF, read back: number, totals, VAT per rate, the mentions the law asks for.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    quotes.button('Télécharger').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Devis ${number}.pdf`);
  const { text } = await downloadedPdfText(download);
  for (const expected of [
    `N° ${number}`,
    'Plâtrerie Léa Martin',
    'SARL au capital de 5 000,00 €',
    'SIRET 732 829 320 00074',
    'Élise Roux',
    'Peinture des murs, 2 couches, finition velours',
    'Total HT 1 406,00 €',
    'TVA 20 % sur 35,00 € 7,00 €',
    'TVA 10 % sur 1 371,00 € 137,10 €',
    'Total TTC 1 550,10 €',
    'Acompte 465,03 €',
    'Assurance décennale : MAAF Assurances',
    'médiateur de la consommation : CM2C, cm2c.net',
    'Attestation du client',
    '14 jours',
    "Devis reçu avant l'exécution des travaux.",
    'Bon pour accord',
    'Signé par Élise Roux',
    'SHA-256',
    'Formulaire de rétractation',
  ]) {
    expect(text, expected).toContain(expected);
  }

  // Time saved is proposed once the quote is accepted.
  await quotes.button(/^Noter .* gagnées$/).click();
  await expect(page.getByText(/notées pour ce devis/)).toBeVisible();

  // Reload offline: everything is there, frozen.
  await page.reload();
  await expect(quotes.heading).toHaveText(number);
  await expect(page.locator('.status-line')).toContainText('Accepté');
  await expect(page.getByRole('region', { name: 'Client' })).toContainText('Élise Roux');
  await expect(quotes.line(6).getByLabel('Désignation')).toBeDisabled();
  await expect(page.getByText(/notées pour ce devis/)).toBeVisible();
});

test('bad input gets clear messages, is kept as typed, and nothing breaks', async ({ page }) => {
  test.setTimeout(90_000);
  const quotes = new QuotesPage(page);
  await quotes.open('/quotes/new');
  await quotes.button('Devis vierge').click();
  await expect(quotes.heading).toHaveText('Devis sans numéro');
  await quotes.button('Ajouter une ligne').click();
  const line = quotes.line(1);
  await line.getByLabel('Quantité').fill('-3');
  await expect(line.getByText("Une valeur négative n'est pas possible ici.")).toBeVisible();
  await line.getByLabel('Prix unitaire HT (€)').fill('abc');
  await expect(line.getByText('Nombre attendu, par exemple 12,5.')).toBeVisible();
  await expect(
    quotes.findings.filter({ hasText: 'Ligne 1 : la quantité ne peut pas être négative' }),
  ).toHaveCount(1);
  await line.getByLabel('Quantité').fill('999999999');
  await expect(
    quotes.findings.filter({ hasText: 'Ligne 1 : la quantité est trop grande' }),
  ).toHaveCount(1);
  const long = `Pose soignée 🙂 ${'enduit '.repeat(2900)}`;
  await line.getByLabel('Désignation').fill(long);
  await expect(
    quotes.findings.filter({ hasText: /Ligne 1\s:\sla désignation fait \d+ caractères/ }),
  ).toHaveCount(1);
  await expect(
    quotes.findings.filter({ hasText: "Ligne 1 : les emoji ne s'impriment pas" }),
  ).toHaveCount(1);
  await quotes.button('Télécharger').click();
  await expect(
    page.getByText("Corrigez d'abord les points de la vérification.").first(),
  ).toBeVisible();

  await page.reload();
  await expect(quotes.line(1).getByLabel('Quantité')).toHaveValue('999999999');
  await expect(quotes.line(1).getByLabel('Prix unitaire HT (€)')).toHaveValue('abc');
  await expect(quotes.line(1).getByLabel('Désignation')).toHaveValue(long);
});

import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DoePage } from './pages/DoePage';
import { file, makeJpeg } from './support/photos';

/** The text of each page of a PDF file, read back with pdfjs. */
async function readPdf(path: string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(await readFile(path)) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

test('a DOE built offline on site: job, checklists, photos (one turned by EXIF), statuses, reload, handover PDF', async ({
  page,
}) => {
  // A whole job, from the first photo to the handover: longer than the default test time.
  test.setTimeout(90_000);
  const doe = new DoePage(page);
  await doe.open('/');
  // Fixtures drawn by the browser before the network goes.
  const landscape = await makeJpeg(page, { width: 640, height: 480 });
  const portrait = await makeJpeg(page, { width: 480, height: 640, orientation: 6 });
  const wide = await makeJpeg(page, { width: 800, height: 400 });
  await doe.reloadOffline();

  await page.getByRole('link', { name: 'Checklist DOE' }).click();
  await expect(doe.heading).toHaveText('Chantiers et DOE');
  await expect(page.getByText("Aucun chantier pour l'instant")).toBeVisible();

  await doe.createJob({
    name: 'Rénovation cuisine Roux',
    customerName: 'Mme Roux',
    customerAddress: '3 rue des Lilas, 74000 Annecy',
    lot: 'Lot 05 – Électricité',
    startDate: '2026-11-02',
    endDate: '2026-11-20',
    checklists: ['Électricité'],
  });
  await expect(page.getByText('du 2 novembre 2026 au 20 novembre 2026')).toBeVisible();
  // Électricité's items first, then the common ones; shared items once.
  await expect(doe.items.first()).toHaveAccessibleName('Schéma unifilaire');
  await expect(doe.item("Notices d'utilisation")).toHaveCount(1);
  const count = await doe.items.count();
  expect(count).toBe(19);

  await doe.mark('Attestation Consuel', 'Reçu');
  await doe.mark('Schéma unifilaire', 'Reçu');
  await doe.mark("DIUO (dossier d'intervention ultérieure)", 'Non applicable');

  await doe.openItem('Photos des ouvrages cachés');
  await doe.choosePhotos([
    file('cuisine-1.jpg', landscape),
    file('IMG_2041.jpg', portrait),
    file('tableau.jpg', wide),
  ]);
  await expect(doe.photos).toHaveCount(3);
  await expect(doe.toast).toContainText('3 ajouts enregistrés.');

  await doe.photos.nth(1).click();
  await expect(doe.viewer).toBeVisible();
  await doe.viewer.getByLabel('Légende').fill('Gaines avant placo, mur nord');
  await doe.button('Fermer').click();
  await expect(doe.viewer).toHaveCount(0);

  // A photo deleted by mistake comes back with Annuler.
  await doe.photos.nth(2).click();
  await doe.viewer.getByRole('button', { name: 'Supprimer la photo' }).click();
  await expect(doe.toast).toContainText('Photo supprimée.');
  await expect(doe.photos).toHaveCount(2);
  await doe.toast.getByRole('button', { name: 'Annuler' }).click();
  await expect(doe.photos).toHaveCount(3);

  await page.getByLabel('Note').fill('Photos prises avant la pose du placo.');

  // Reload, still offline: everything is there, the turned photo stands upright.
  await page.reload();
  await expect(doe.heading).toHaveText('Photos des ouvrages cachés');
  await expect(doe.photos).toHaveCount(3);
  await expect(page.getByLabel('Note')).toHaveValue('Photos prises avant la pose du placo.');
  await expect(doe.photos.nth(1)).toHaveAccessibleName('Photo 2 : Gaines avant placo, mur nord');
  await doe.photos.nth(1).click();
  expect(await doe.shownPhoto(doe.viewer.getByRole('img'))).toEqual({
    width: 480,
    height: 640,
    top: 'red',
    bottom: 'blue',
  });
  await page.goBack();
  await expect(doe.viewer).toHaveCount(0);
  expect(await doe.shownPhoto(doe.photos.nth(0).locator('img'))).toMatchObject({
    top: 'red',
    bottom: 'blue',
  });

  await page.getByRole('link', { name: 'Rénovation cuisine Roux' }).click();
  await expect(doe.item('Attestation Consuel').getByRole('radio', { name: 'Reçu' })).toBeChecked();
  await expect(doe.item('Photos des ouvrages cachés')).toContainText('3 photos');
  await page.getByRole('radio', { name: /^Ce qui manque/ }).check();
  await expect(doe.items).toHaveCount(count - 3);
  await expect(doe.item('Attestation Consuel')).toHaveCount(0);

  // The handover PDF, still offline: what is missing is accepted knowingly first.
  await page.getByRole('radio', { name: /^Tout/ }).check();
  const labels = await page
    .getByRole('list', { name: 'Documents du DOE' })
    .getByRole('heading', { level: 3 })
    .allInnerTexts();
  expect(labels).toHaveLength(count);
  await page.getByRole('link', { name: 'Préparer le PDF de remise' }).click();
  await expect(doe.heading).toHaveText('PDF de remise');
  await expect(page.getByText('3 photos et fichiers vérifiés : tous lisibles.')).toBeVisible();
  const create = doe.button('Créer le PDF');
  await expect(create).toBeDisabled();
  await expect(page.getByRole('listitem').filter({ hasText: 'Plans de récolement' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Je remets le DOE sans ces documents/ }).check();
  await create.click();
  const ready = page.getByRole('region', { name: /^PDF prêt : \d+ pages/ }).getByRole('heading');
  await expect(ready).toBeVisible({ timeout: 15_000 });
  const pages = Number(/(\d+) pages/.exec((await ready.textContent()) ?? '')?.[1]);

  const downloading = page.waitForEvent('download');
  await doe.button('Télécharger le PDF').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^DOE - Rénovation cuisine Roux - \d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const pdf = await readPdf(await download.path());
  expect(pdf).toHaveLength(pages);
  const text = pdf.join('\n').replace(/\s+/g, ' ');
  for (const label of labels) expect(text, label).toContain(label.replace(/\s+/g, ' '));
  expect(pdf[0]).toContain('Mme Roux');
  expect(pdf[0]).toContain('Lot 05 – Électricité');
  expect(text).toContain('Gaines avant placo, mur nord');
  expect(text).toContain('Photos prises avant la pose du placo.');
  expect(pdf.at(-1)).toContain(`Page ${pages} sur ${pages}`);

  // Its time saved, once, in the "DOE" category; then the DOE is handed over.
  await doe.button('Ajouter 1 h').click();
  await expect(page.getByText('1 h ajoutées à votre temps gagné.')).toBeVisible();
  await doe.button('Marquer le DOE comme remis').click();
  await expect(doe.toast).toContainText('DOE marqué comme remis.');
  await doe.navigate('Temps gagné');
  await expect(page.getByRole('region', { name: 'Par catégorie' })).toContainText('DOE');
  await doe.navigate('Accueil');
  await expect(page.getByRole('heading', { name: 'Chantiers en cours' })).toHaveCount(0);

  // Settings counts the photos; deleting the job frees them.
  await doe.navigate('Réglages');
  await expect(page.getByText('Photos et fichiers des DOE : 3 photos et fichiers')).toBeVisible();
  await page.goto('/doe');
  await page.getByLabel('Rechercher un chantier (nom, client, adresse, lot)').fill('roux cuisine');
  await page.getByRole('link', { name: /Rénovation cuisine Roux/ }).click();
  await page.getByRole('link', { name: 'Modifier le chantier' }).click();
  await doe.button('Supprimer le chantier').click();
  await doe.button('Supprimer définitivement').click();
  await expect(doe.heading).toHaveText('Chantiers et DOE');
  await expect(doe.toast).toContainText('Chantier « Rénovation cuisine Roux » supprimé.');
  await doe.navigate('Réglages');
  await expect(page.getByText('Photos et fichiers des DOE : 0 photo ou fichier')).toBeVisible();
});

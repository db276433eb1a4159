import { expect, test } from '@playwright/test';
import { DoePage } from './pages/DoePage';
import { file, makeJpeg } from './support/photos';

test('a DOE built offline on site: job, checklists, photos (one turned by EXIF), statuses, reload', async ({
  page,
}) => {
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
});

import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DoePage } from './pages/DoePage';
import { skipWelcome } from './support/first-run';
import { downloadedPdfText } from './support/pdf';
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

/** The notes of every DOE item as stored in the phone's database. */
function storedNotes(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('etabli');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const connection = opening.result;
          const reading = connection.transaction('doeItems').objectStore('doeItems').getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            connection.close();
            resolve((reading.result as Array<{ note?: string }>).map((item) => item.note ?? ''));
          };
        };
      }),
  );
}

test('a DOE built offline on site: job, checklists, photos (one turned by EXIF), statuses, reload, handover PDF', async ({
  page,
}) => {
  // A whole job, from the first photo to the handover: longer than the default test time.
  test.setTimeout(90_000);
  await skipWelcome(page);
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
  // The customer was created through the picker: it is one of the device's customers.
  await expect(page.getByRole('region', { name: 'Le chantier' })).toContainText(
    '3 rue des Lilas, 74000 Annecy',
  );
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
  // The note is written as typed; a reload in the same millisecond would cut that write short.
  await expect.poll(() => storedNotes(page)).toContain('Photos prises avant la pose du placo.');

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
  expect(pdf[0]).toContain('3 rue des Lilas, 74000 Annecy');
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

test("a job's customer is one of the device's customers: created or picked in the job form, edited in place, shown as it is now on the PDF cover; an old job's typed customer is kept", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const doe = new DoePage(page);
  await doe.open('/doe');
  await doe.reloadOffline();
  const form = page.locator('form');
  const summary = page.getByRole('region', { name: 'Le chantier' });

  // A customer created from the job form's search; the draft keeps it across a reload.
  await page.getByRole('link', { name: 'Nouveau chantier' }).click();
  await form.getByLabel('Nom du chantier').fill('Salle de bains Blanc');
  await doe.newCustomer('M. Blanc');
  await form.getByLabel('Adresse du client').fill('2 route de Thônes, 74230 Thônes');
  await form.getByLabel('Téléphone du client').fill('06 11 22 33 44');
  await page.reload();
  await expect(form.getByLabel('Nom du client')).toHaveValue('M. Blanc');
  await expect(form.getByLabel('Adresse du client')).toHaveValue('2 route de Thônes, 74230 Thônes');
  await doe.button('Créer le chantier et sa checklist').click();
  await expect(doe.heading).toHaveText('Salle de bains Blanc');
  await expect(summary).toContainText('M. Blanc');

  // Another job for the same customer, found by a word of its address, which fills the site's.
  await page.getByRole('link', { name: 'Tous les chantiers' }).click();
  await page.getByRole('link', { name: 'Nouveau chantier' }).click();
  await form.getByLabel('Nom du chantier').fill('Cuisine Blanc');
  await doe.pickCustomer('thones', 'M. Blanc');
  await expect(form.getByLabel('Adresse du chantier')).toHaveValue(
    '2 route de Thônes, 74230 Thônes',
  );
  await doe.button('Créer le chantier et sa checklist').click();
  await expect(doe.heading).toHaveText('Cuisine Blanc');

  // Renamed in place from one job: both jobs, the list and its search follow.
  await page.getByRole('link', { name: 'Modifier le chantier' }).click();
  await form.getByLabel('Nom du client').fill('M. et Mme Blanc');
  await page.getByRole('link', { name: 'Retour au DOE' }).click();
  await expect(summary).toContainText('M. et Mme Blanc');
  await page.getByRole('link', { name: 'Tous les chantiers' }).click();
  await page.getByLabel('Rechercher un chantier (nom, client, adresse, lot)').fill('mme blanc');
  const jobs = page.getByRole('list', { name: 'Chantiers' }).getByRole('link');
  await expect(jobs).toHaveCount(2);
  for (const job of await jobs.all()) await expect(job).toContainText('M. et Mme Blanc');

  // The handover PDF of the other job names the customer as it is now.
  await page.getByRole('link', { name: /Salle de bains Blanc/ }).click();
  await page.getByRole('link', { name: 'Préparer le PDF de remise' }).click();
  await page.getByRole('checkbox', { name: /Je remets le DOE sans ces documents/ }).check();
  await doe.button('Créer le PDF').click();
  await expect(page.getByRole('region', { name: /^PDF prêt/ })).toBeVisible({ timeout: 15_000 });
  const downloading = page.waitForEvent('download');
  await doe.button('Télécharger le PDF').click();
  const { text } = await downloadedPdfText(await downloading);
  expect(text).toContain('Client M. et Mme Blanc 2 route de Thônes, 74230 Thônes');

  // A job saved before customers were stored, its customer typed on it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('etabli');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('jobs', 'readwrite');
          transaction.objectStore('jobs').put({
            id: 'typed-customer-job',
            name: 'Grange Dupuis',
            customer: { name: 'Mme Dupuis', address: '1 chemin des Prés, 74230 Thônes' },
            siteAddress: '',
            lot: '',
            checklists: ['common'],
            startDate: '',
            endDate: '',
            status: 'in-progress',
            createdAt: Date.now(),
            updatedAt: Date.now(),
          });
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
  await page.goto('/doe');
  await expect(page.getByRole('link', { name: /Grange Dupuis/ })).toContainText('Mme Dupuis');
  await page.getByRole('link', { name: /Grange Dupuis/ }).click();
  await expect(summary).toContainText('1 chemin des Prés, 74230 Thônes');
  // Its edit form shows what was typed and makes a customer of it, address included.
  await page.getByRole('link', { name: 'Modifier le chantier' }).click();
  await expect(form).toContainText('Saisi sur ce chantier, pas encore dans vos clients');
  await expect(form).toContainText('Mme Dupuis');
  await doe.button('Nouveau client : Mme Dupuis').click();
  await expect(form.getByLabel('Nom du client')).toHaveValue('Mme Dupuis');
  await expect(form.getByLabel('Adresse du client')).toHaveValue('1 chemin des Prés, 74230 Thônes');
  await expect(form.getByLabel('Adresse du chantier')).toHaveValue(
    '1 chemin des Prés, 74230 Thônes',
  );
  await page.reload();
  await expect(form.getByLabel('Nom du client')).toHaveValue('Mme Dupuis');
});

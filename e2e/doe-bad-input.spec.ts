import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DoePage } from './pages/DoePage';

// Messages are matched as text: Playwright folds the no-break spaces of French typography.

/** Bytes the app may store in the full-storage test: a job and a small photo, not a large one. */
const QUOTA = 300_000;

import { corrupted, file, makeJpeg, padded } from './support/photos';

test('bad photos and files get a clear message and lose nothing already saved', async ({
  page,
}) => {
  const doe = new DoePage(page);
  await doe.open('/doe');
  const good = await makeJpeg(page, { width: 640, height: 480 });
  await doe.createJob({ name: 'Salle de bains Blanc', checklists: [] });
  await doe.mark('Plans de récolement', 'Reçu');
  await doe.openItem('Photos des ouvrages cachés');
  await doe.choosePhotos([file('avant.jpg', good)]);
  await expect(doe.photos).toHaveCount(1);
  await page.getByLabel('Note').fill('Réseau EF/EC avant coffrage.');

  // Not a photo: a PDF picked with the photo button.
  await doe.choosePhotos([file('notice.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf')]);
  await expect(doe.problems).toContainText(
    "« notice.pdf » n'est pas une photo. Pour joindre un PDF ou un autre document, utilisez « Joindre un fichier ».",
  );

  // A 30 MB photo: refused before it is decoded.
  // Big files go through the disk: the browser protocol carries buffers slowly.
  const huge = test.info().outputPath('IMG_9000.jpg');
  await writeFile(huge, padded(good, 30_000_000));
  await doe.choosePhotos([huge]);
  await expect(doe.problems).toContainText(
    '« IMG_9000.jpg » pèse 30 Mo, plus que les 25 Mo acceptés pour une photo.',
  );

  // A corrupt JPEG (its header reads, its image does not), among good ones: only it fails.
  await doe.choosePhotos([file('cassee.jpg', corrupted(good)), file('apres.jpg', good)]);
  await expect(doe.problems).toContainText('« cassee.jpg » est abîmée et ne peut pas être lue.');
  await expect(doe.photos).toHaveCount(2);

  // A file over the limit, attached as is.
  const plans = test.info().outputPath('plans.pdf');
  await writeFile(plans, Buffer.alloc(16_000_000, 0x20));
  await doe.attachFiles([plans]);
  await expect(doe.problems).toContainText(
    '« plans.pdf » pèse 16 Mo, plus que les 15 Mo acceptés pour un fichier joint.',
  );

  // Nothing saved before was lost: photos, note, statuses survive a reload.
  await page.reload();
  await expect(doe.photos).toHaveCount(2);
  await expect(page.getByLabel('Note')).toHaveValue('Réseau EF/EC avant coffrage.');
  await expect(page.getByRole('list', { name: 'Fichiers joints' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Salle de bains Blanc' }).click();
  await expect(doe.item('Plans de récolement').getByRole('radio', { name: 'Reçu' })).toBeChecked();
  await expect(doe.item('Photos des ouvrages cachés')).toContainText('2 photos');
});

test('a full storage refuses a photo with a clear message and keeps what was saved', async ({
  browser,
}) => {
  // The browser's own quota for the app, lowered before the app first stores anything (Chromium
  // reads it then): the job and a first photo fit, a large photo does not, and IndexedDB refuses
  // it as on a full phone. No service worker here, so that only the database counts.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const doe = new DoePage(page);
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });
  await page.goto('/doe');
  const small = await makeJpeg(page, { width: 640, height: 480 });
  const large = await makeJpeg(page, { width: 1600, height: 1200, grain: true });
  await doe.createJob({ name: 'Toiture grange', checklists: [] });
  await doe.openItem('Photos des ouvrages cachés');
  await doe.choosePhotos([file('avant.jpg', small)]);
  await expect(doe.photos).toHaveCount(1);
  await page.getByLabel('Note').fill('Écran sous toiture posé le 4 août.');

  await doe.choosePhotos([file('encore.jpg', large)]);
  await expect(doe.problems).toContainText(
    "Plus de place sur le téléphone : « encore.jpg » n'a pas été enregistrée.",
  );
  await expect(doe.problems).toContainText('Ce qui était déjà enregistré est intact.');
  await page.reload();
  await expect(doe.photos).toHaveCount(1);
  await expect(page.getByLabel('Note')).toHaveValue('Écran sous toiture posé le 4 août.');
  await context.close();
});

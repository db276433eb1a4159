import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ComposePage } from './pages/ComposePage';
import { SettingsPage } from './pages/SettingsPage';
import { TimePage } from './pages/TimePage';
import { skipWelcome } from './support/first-run';

// These checks start on a device past the first-run welcome (first-run.spec.ts covers it).
test.beforeEach(async ({ page }) => {
  await skipWelcome(page);
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('log time from Home, rate a job, read the dashboard, edit, delete and export, offline', async ({
  page,
}) => {
  const time = new TimePage(page);
  await time.open('/');
  await time.reloadOffline();

  // One tap from Home opens the quick log, focused.
  await page.getByRole('link', { name: 'Noter du temps gagné' }).click();
  await expect(page).toHaveURL(/\/time\?log=1$/);
  await expect(time.heading).toHaveText('Temps gagné');
  await expect(time.quickLog).toBeFocused();

  await time.log(5, 'Communication');
  await expect(time.toast).toContainText('5 min ajoutées en « Communication ».');

  // A wrong tap is undone from the toast.
  await time.log(10, 'Autre');
  await expect(time.toast).toContainText('10 min ajoutées en « Autre ».');
  await time.undo();

  await time.log(15, 'Devis', 'Devis cuisine Mme Roux');
  await expect(time.toast).toContainText('15 min ajoutées en « Devis ».');
  await expect(time.quickLog.getByLabel('Note (facultatif)')).toHaveValue('');

  // A typed duration is checked before it is logged.
  await time.log(0, 'Planning et gestion');
  await expect(time.quickLog.getByText(/nombre entier de minutes, de 1 à 1\s440/)).toBeVisible();
  await time.log(23, 'Planning et gestion');
  await expect(time.toast).toContainText('23 min ajoutées en « Planning et gestion ».');
  await expect(time.quickLog.getByLabel('Autre durée (min)')).toHaveValue('');

  await time.rate(4);
  await expect(time.toast).toContainText('Note de 4/5 enregistrée.');

  // The dashboard: this week against the goal, categories, satisfaction, total.
  await expect(time.card('Cette semaine')).toContainText('43 min sur un objectif de 2 h et 6 min');
  await expect(time.card('Cette semaine').getByRole('progressbar')).toHaveAttribute(
    'aria-valuenow',
    '34',
  );
  const categories = time.card('Par catégorie').getByRole('listitem');
  await expect(categories).toHaveCount(3);
  for (const [index, [category, minutes]] of [
    ['Planning et gestion', '23 min'],
    ['Devis', '15 min'],
    ['Communication', '5 min'],
  ].entries()) {
    await expect(categories.nth(index)).toContainText(category ?? '');
    await expect(categories.nth(index)).toContainText(minutes ?? '');
  }
  await expect(time.card('Satisfaction client')).toContainText('4,0 / 5 en moyenne');
  await expect(time.card('Satisfaction client')).toContainText('Sur 1 note.');
  await expect(time.card('Depuis le début')).toContainText('43 min');
  // The weeks chart has a table for screen readers, this week last.
  const weeks = time.card('Les 12 dernières semaines').getByRole('table');
  await expect(weeks.getByRole('row')).toHaveCount(13);
  await expect(weeks.getByRole('row').last()).toContainText('43 min');

  // Entries: grouped by day, newest first; edit one, delete one and undo.
  await time.openTab('Entrées');
  await expect(time.entries).toHaveCount(3);
  await expect(time.entries.first()).toContainText('Planning et gestion');
  await time
    .entry('Devis cuisine Mme Roux')
    .getByRole('button', { name: "Modifier l'entrée Devis, 15 min" })
    .click();
  await expect(time.editor.getByLabel('Minutes gagnées')).toBeFocused();
  await expect(time.editor.getByLabel('Catégorie')).toHaveValue('quotes');
  await time.editor.getByLabel('Minutes gagnées').fill('18');
  await time.editor.getByLabel('Note (facultatif)').fill('Devis cuisine et salle de bain');
  await time.editor.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(time.editor).toHaveCount(0);
  await expect(time.toast).toContainText('Entrée modifiée.');
  await expect(time.entry('Devis cuisine et salle de bain')).toContainText('18 min');

  await time
    .entry('Communication')
    .getByRole('button', { name: /^Supprimer/ })
    .click();
  await expect(time.toast).toContainText('Entrée supprimée.');
  await expect(time.entries).toHaveCount(2);
  await time.undo();
  await expect(time.entries).toHaveCount(3);
  await expect(time.entry('Communication')).toContainText('5 min');

  // Filter by category.
  await time.panel.getByLabel('Catégorie').selectOption({ label: 'Devis' });
  await expect(time.entries).toHaveCount(1);
  await time.panel.getByLabel('Catégorie').selectOption({ label: 'Toutes les catégories' });
  await expect(time.entries).toHaveCount(3);

  // The CSV export (headless Chromium cannot share files: the download path is taken).
  const downloading = page.waitForEvent('download');
  await time.button('Exporter en CSV').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^etabli-temps-gagne-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Date;Type;Minutes;Heures;Catégorie;Modèle;Origine;Étoiles;Note');
  const rows = lines.slice(1, -1);
  expect(rows).toHaveLength(4);
  expect(lines.at(-1)).toBe('');
  const cells = (row: string) => row.split(';').slice(1);
  expect(rows.map(cells)).toEqual(
    expect.arrayContaining([
      ['Temps gagné', '5', '0,08', 'Communication', '', 'Manuel', '', ''],
      ['Temps gagné', '18', '0,30', 'Devis', '', 'Manuel', '', 'Devis cuisine et salle de bain'],
      ['Temps gagné', '23', '0,38', 'Planning et gestion', '', 'Manuel', '', ''],
      ['Satisfaction', '', '', '', '', 'Chantier', '4', ''],
    ]),
  );
  for (const row of rows) expect(row).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2};/);

  // The same dashboard in English: a decimal point. (A language other than French is
  // downloaded the first time it is chosen, which needs a connection once.)
  const settings = new SettingsPage(page);
  await settings.navigate('Réglages');
  await page.context().setOffline(false);
  await settings.chooseLanguage('English');
  await expect(settings.heading).toHaveText('Settings');
  await page.context().setOffline(true);
  await settings.navigate('Time saved');
  await expect(time.heading).toHaveText('Time saved');
  await expect(time.card('Customer satisfaction')).toContainText('4.0 / 5 on average');
  await expect(time.card('This week')).toContainText('46 mins of a 2 hrs, 6 mins goal');
});

test('the weekly goal can be changed and is kept', async ({ page }) => {
  const time = new TimePage(page);
  await time.open('/time');
  await expect(time.card('Cette semaine')).toContainText('sur un objectif de 2 h et 6 min');
  await time.button("Changer l'objectif").click();
  const goal = page.getByRole('group', { name: 'Objectif par semaine' });
  const hours = goal.getByLabel('Heures', { exact: true });
  const minutes = goal.getByLabel('Minutes', { exact: true });
  await expect(hours).toHaveValue('2');
  await expect(minutes).toHaveValue('6');
  await expect(goal).toContainText('Repère : 2 h et 6 min par semaine');
  await minutes.fill('75');
  await time.button("Enregistrer l'objectif").click();
  await expect(page.getByText('Entrez des minutes de 0 à 59.')).toBeVisible();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await hours.fill('0');
  await minutes.fill('0');
  await time.button("Enregistrer l'objectif").click();
  await expect(page.getByText(/L'objectif va de 1\smin à 168\sh par semaine\./)).toBeVisible();
  await hours.fill('3');
  await minutes.fill('');
  await time.button("Enregistrer l'objectif").click();
  await expect(time.card('Cette semaine')).toContainText('0 min sur un objectif de 3 h');
  await page.reload();
  await expect(time.card('Cette semaine')).toContainText('0 min sur un objectif de 3 h');
  await time.navigate('Accueil');
  await expect(page.getByText('0 min sur un objectif de 3 h')).toBeVisible();
  // Settings show the goal and lead to where it is changed.
  await time.open('/settings');
  const setting = page.getByRole('region', { name: 'Objectif de la semaine' });
  await expect(setting).toContainText(/Temps à gagner chaque semaine\s:\s3\sh\./);
  await setting.getByRole('link', { name: "Changer l'objectif" }).click();
  await expect(time.card('Cette semaine')).toContainText('0 min sur un objectif de 3 h');
});

test('a validated review reply adds an automatic entry to the list', async ({ page }) => {
  const app = new ComposePage(page);
  await app.open('/');
  await app.reloadOffline();
  await app.navigate('Modèles');
  await app.tap(app.link(/Avis négatif : retard/));
  await app.tap(app.button('Voir le texte'));
  await app.tap(app.button('Valider et copier'));
  // The minutes count with the validation, without another tap.
  const counted = page.getByTestId('time-counted');
  await expect(counted).toContainText('+20 min comptées dans votre temps gagné');
  // Seen without scrolling, right under « Copié ».
  await expect(counted).toBeInViewport();

  // Changed, cancelled, counted again: one entry in the end, with the last figure.
  await counted.getByRole('button', { name: 'Modifier' }).click();
  await counted.getByRole('button', { name: 'Une minute de plus' }).click();
  await counted.getByRole('button', { name: 'Enregistrer 21 min' }).click();
  await expect(counted).toContainText('+21 min comptées');
  await counted.getByRole('button', { name: 'Annuler' }).click();
  await expect(counted).toContainText('Ce texte ne compte pas dans votre temps gagné.');
  await counted.getByRole('button', { name: 'Compter 21 min' }).click();
  await expect(counted).toContainText('+21 min comptées');

  const time = new TimePage(page);
  await time.navigate('Temps gagné');
  const byTemplate = time.card('Par modèle').getByRole('listitem');
  await expect(byTemplate).toContainText('Avis négatif : retard');
  await expect(byTemplate).toContainText('21 min · 1 texte');
  await time.openTab('Entrées');
  await expect(time.entries).toHaveCount(1);
  await expect(time.entries.first()).toContainText('Relation client');
  await expect(time.entries.first()).toContainText('21 min');
  await expect(time.entries.first()).toContainText('Automatique');
  await expect(time.entries.first()).toContainText('Avis négatif : retard');
});

test('thousands of entries: the list shows 50 at a time', async ({ page }) => {
  const time = new TimePage(page);
  await time.open('/');
  // 2,000 entries, one an hour going back, written straight into the app's database.
  await page.evaluate(async () => {
    const open = indexedDB.open('etabli');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('timeEntries', 'readwrite');
    const store = tx.objectStore('timeEntries');
    const hour = 3_600_000;
    const start = Date.now() - hour;
    for (let i = 0; i < 2000; i += 1) {
      store.put({
        id: `seed-${String(i).padStart(4, '0')}`,
        occurredAt: start - i * hour,
        minutes: 5,
        category: i % 2 === 0 ? 'communication' : 'quotes',
        source: 'manual',
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.goto('/time?tab=entries');
  await expect(time.entries).toHaveCount(50);
  await time.button('Voir plus').click();
  await expect(time.entries).toHaveCount(100);
  await time.panel.getByLabel('Catégorie').selectOption({ label: 'Devis' });
  await expect(time.entries).toHaveCount(50);
  await expect(time.entry('Communication')).toHaveCount(0);
  await time.openTab('Tableau de bord');
  await expect(time.card('Depuis le début')).toContainText('166 h et 40 min');
});

test('the quick log asks before a long duration, proposes the last kind of task, and keeps one undo in sight', async ({
  page,
}) => {
  const time = new TimePage(page);
  await time.open('/time');
  const minutes = time.quickLog.getByLabel('Autre durée (min)');

  // 600 minutes on one task: asked first, nothing logged until confirmed.
  await time.log(600, 'Devis');
  const confirm = time.quickLog.getByRole('alert');
  await expect(confirm).toContainText('10 h gagnées sur une seule tâche ?');
  await expect(time.toast).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Corriger' }).click();
  await expect(minutes).toBeFocused();
  await minutes.fill('45');
  await time.quickLog.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(time.toast).toContainText('45 min ajoutées en « Devis »');
  await time.log(600, 'Devis');
  await time.quickLog.getByRole('button', { name: 'Oui, ajouter 10 h' }).click();
  await expect(time.toast).toContainText('10 h ajoutées en « Devis »');

  // A wrong duration: its error is not hidden behind the last log's toast.
  await minutes.fill('abc');
  await time.quickLog.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(time.quickLog.getByText(/Entrez un nombre entier de minutes/)).toBeVisible();
  await expect(time.toast).toHaveCount(0);

  // A rating after a log: one toast, so one "Annuler" at a time.
  await time.quickLog.getByRole('button', { name: '+5 min', exact: true }).click();
  await time.rate(4);
  await expect(page.getByRole('button', { name: 'Annuler', exact: true })).toHaveCount(1);

  // The next visit proposes the kind of task last logged.
  await page.reload();
  await expect(time.quickLog.getByRole('radio', { name: 'Devis', exact: true })).toBeChecked();
});

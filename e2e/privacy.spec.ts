import { expect, type Request, test } from '@playwright/test';
import { ComposePage } from './pages/ComposePage';
import { SettingsPage } from './pages/SettingsPage';
import { TeamPage } from './pages/TeamPage';
import { TimePage } from './pages/TimePage';
import { type SyncServer, startSyncServer } from './support/sync-server';

// Everything the app sends during a full day's use, team sync included, is recorded — page and
// service worker alike — and must hold none of what the artisan typed about customers, the
// company or the jobs, nor the texts the app wrote.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

let server: SyncServer;

test.beforeEach(async () => {
  test.setTimeout(150_000);
  server = await startSyncServer('Équipe Martin');
});

test.afterEach(async () => {
  await server.dispose();
});

/** A request as sent: address, every header, and the body. */
interface Sent {
  url: string;
  method: string;
  headers: string;
  body: string;
  fromWorker: boolean;
}

/** The ways a text can be written in a request: as is, URL-encoded, JSON-escaped, without accents. */
function spellings(secret: string): string[] {
  const plain = secret.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  return [
    secret,
    plain,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(secret)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ].map((text) => text.toLowerCase());
}

test('nothing typed about customers, the company or jobs, nor any generated text, leaves the phone', async ({
  page,
  context,
}) => {
  const recorded: Promise<Sent>[] = [];
  const record = (request: Request) => {
    recorded.push(
      request.allHeaders().then((headers) => ({
        url: request.url(),
        method: request.method(),
        headers: JSON.stringify(headers),
        body: request.postDataBuffer()?.toString('utf8') ?? '',
        fromWorker: request.serviceWorker() !== null,
      })),
    );
  };
  // The context sees the page's requests and the service worker's.
  context.on('request', record);

  const secrets = {
    customer: 'Bernadette Lefèvre',
    company: 'Plâtrerie Léa Martin',
    street: '12 rue des Lilas',
    city: 'Villeurbanne',
    phone: '06 12 34 56 78',
    phoneCompact: '0612345678',
    email: 'lea.martin@platrerie-lilas.fr',
    note: 'Salle de bain chez Bernadette, code porte 4512B',
  };

  const app = new ComposePage(page);
  await app.open(`${server.url}/`);

  // The company profile.
  const settings = new SettingsPage(page);
  await settings.navigate('Réglages');
  await settings.field('Nom ou raison sociale').fill(secrets.company);
  await settings.field('Adresse').fill(secrets.street);
  await settings.field('Code postal').fill('69100');
  await settings.field('Ville').fill(secrets.city);
  await settings.field('Téléphone').fill(secrets.phone);
  await settings.field('E-mail').fill(secrets.email);
  await settings.field('Métier principal').selectOption('plasterer-painter');
  await expect(settings.saveState).toHaveText('Enregistré');

  // A review reply naming the customer, validated and copied, with its time and rating.
  await app.navigate('Modèles');
  await app.tap(app.link(/Avis négatif : retard/));
  await app.tap(app.button('Suivant'));
  await app.type('Prénom du client', secrets.customer);
  await app.tap(app.button('Suivant'));
  await app.tap(app.chip('Fournisseur'));
  await app.tap(app.button('Voir le texte'));
  await app.tap(app.button('Valider et copier'));
  await expect(page.getByText('Copié dans le presse-papiers.')).toBeVisible();
  const reply = (await app.finalText.textContent()) ?? '';
  expect(reply).toContain(secrets.customer);
  await expect(page.getByTestId('time-counted')).toContainText('+20 min comptées');
  await app.button('Enregistrer 2 étoiles').click();
  await expect(page.getByText('Note enregistrée : 2 étoiles.')).toBeVisible();

  // A social post.
  await app.navigate('Accueil');
  await app.tap(app.link('Nouvelle publication'));
  await app.tap(app.link(/Avant.*après/i));
  await app.tap(app.chip('Instagram'));
  await app.type("De quoi s'agit-il ? (facultatif)", 'la salle de bain de Mme Lefèvre');
  await app.tap(app.button('Suivant'));
  await app.tap(app.chip('Démodé'));
  await app.tap(app.button('Voir le texte'));
  await app.tap(app.button('Valider et copier'));
  const post = (await app.finalText.textContent()) ?? '';
  expect(post).toContain('Lefèvre');
  await expect(page.getByTestId('time-counted')).toContainText('+15 min comptées');

  // Time entries with a note, and a rating.
  const time = new TimePage(page);
  await time.navigate('Temps gagné');
  await time.log(15, 'Devis', secrets.note);
  await expect(time.toast).toContainText('15 min ajoutées');
  await time.rate(5);
  await expect(time.toast).toContainText('Note de 5/5 enregistrée.');

  // Join the team (the phone's default name) and sync; the owner's screens call every API.
  const team = new TeamPage(page);
  await team.openFromSettings();
  await team.pair(server.ownerCode);
  await team.expectPaired('Équipe Martin', 'Responsable');
  await team.expectAllSent();
  await team.newMemberCode();
  await expect(team.card("Appareils de l'équipe").getByRole('listitem')).toHaveCount(1);
  await team.dashboard.getByRole('button', { name: 'Actualiser' }).click();
  // 20 min for the reply and 15 for the post (counted at validation) and 15 logged by hand.
  await expect(team.dashboard.getByTestId('team-total')).toHaveText('50 min');

  const sent = await Promise.all(recorded);
  // The journey did talk to the server: pairing, events, figures, devices, a member code.
  const api = sent.filter((request) => new URL(request.url).pathname.startsWith('/v1/'));
  const calls = new Set(api.map((r) => `${r.method} ${new URL(r.url).pathname}`));
  for (const call of [
    'POST /v1/pair',
    'POST /v1/events',
    'GET /v1/indicators',
    'GET /v1/devices',
    'POST /v1/pairings',
  ]) {
    expect(calls, call).toContain(call);
  }
  const events = api
    .filter((r) => r.method === 'POST' && r.url.endsWith('/v1/events'))
    .flatMap((r) => (JSON.parse(r.body) as { events: unknown[] }).events);
  expect(events.length).toBeGreaterThanOrEqual(6);
  // The service worker's own requests (the precache) are recorded too.
  expect(sent.some((request) => request.fromWorker)).toBe(true);

  // Long stretches of the generated texts: any of them in a request would be a leak.
  const excerpts = [reply, post].flatMap((text) =>
    text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line.length >= 24)
      .map((line) => line.slice(0, 24)),
  );
  expect(excerpts.length).toBeGreaterThan(2);
  const forbidden = [...Object.values(secrets), 'Bernadette', 'Lefèvre', ...excerpts];
  const leaks = sent.flatMap((request) => {
    const haystack = `${request.url}\n${request.headers}\n${request.body}`.toLowerCase();
    return forbidden
      .filter((secret) => spellings(secret).some((spelling) => haystack.includes(spelling)))
      .map((secret) => `"${secret}" in ${request.method} ${request.url}`);
  });
  expect(sent.length).toBeGreaterThan(20);
  expect(leaks).toEqual([]);
});

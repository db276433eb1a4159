import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { TeamPage } from './pages/TeamPage';
import { TimePage } from './pages/TimePage';
import { type SyncServer, startSyncServer } from './support/sync-server';

// The real sync server (dist-server/main.js, embedded database) serving the built app: the phone
// pairs, works offline, and its events reach the server exactly once, even when the server stops
// in the middle of a push or an answer is lost on the way back.

let server: SyncServer;

test.beforeEach(async () => {
  // A fresh embedded database takes a few seconds to initialise.
  test.setTimeout(150_000);
  server = await startSyncServer('Plâtrerie Martin');
});

test.afterEach(async () => {
  await server.dispose();
});

interface Figures {
  minutes: number;
  events: number;
  ratings: number;
  ratingAvg: number | null;
}

/** Pairs a second device over HTTP with a member code, and returns its token. */
async function pairMember(request: APIRequestContext, code: string): Promise<string> {
  const response = await request.post(`${server.url}/v1/pair`, {
    data: { code, deviceName: 'Contrôle e2e' },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { token: string; role: string };
  expect(body.role).toBe('member');
  return body.token;
}

/** The workspace's figures, as the server computes them, read with a member's token. */
async function indicators(
  request: APIRequestContext,
  token: string,
  groupBy: 'category' | 'week' = 'category',
): Promise<{ groups: Array<Figures & { key: string | null }>; totals: Figures }> {
  // The last month (a request covers at most a year of days).
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const response = await request.get(
    `${server.url}/v1/indicators?from=${day(-30)}&to=${day(2)}&groupBy=${groupBy}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(response.status()).toBe(200);
  return response.json();
}

/** Queues `count` one-minute events straight into the app's outbox (as weeks of use would). */
async function queueEvents(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const open = indexedDB.open('etabli');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('outbox', 'readwrite');
    const at = Date.now();
    for (let i = 0; i < n; i += 1) {
      tx.objectStore('outbox').put({
        id: crypto.randomUUID(),
        type: 'time_saved',
        occurredAt: at - i * 60_000,
        minutes: 1,
        category: 'other',
        queuedAt: at + i,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

test('pair, log offline, sync once online; a server stopped mid-push loses and duplicates nothing', async ({
  page,
  request,
}) => {
  const team = new TeamPage(page);
  await team.open(`${server.url}/team`);
  await expect(team.heading).toHaveText('Équipe');
  await expect(team.card('Ce qui est partagé')).toContainText('Ne quitte jamais ce téléphone');

  // The owner pairs the phone with the code the workspace was created with.
  await team.pair(server.ownerCode.toLowerCase(), 'Téléphone de Léa');
  await team.expectPaired('Plâtrerie Martin', 'Responsable');
  await team.expectAllSent();

  // In a basement: two entries and a rating, offline.
  await page.context().setOffline(true);
  const time = new TimePage(page);
  await time.navigate('Temps gagné');
  await time.log(5, 'Communication');
  await expect(time.toast).toContainText('5 min ajoutées');
  await time.log(15, 'Devis', 'Devis cuisine Mme Roux');
  await expect(time.toast).toContainText('15 min ajoutées');
  await time.rate(4);
  await expect(time.toast).toContainText('Note de 4/5 enregistrée.');
  await team.openFromSettings();
  await expect(team.status).toContainText('3 indicateurs (temps gagné ou satisfaction) à envoyer.');
  await expect(team.status).toContainText('pas de réseau ou serveur injoignable');

  // Back in signal: the push happens by itself.
  await page.context().setOffline(false);
  await team.expectAllSent();

  // The server holds exactly those events (read over HTTP by a member's device).
  const member = await pairMember(request, await team.newMemberCode());
  let figures = await indicators(request, member);
  expect(figures.totals).toEqual({ minutes: 20, events: 3, ratings: 1, ratingAvg: 4 });
  expect(figures.groups.map(({ key, minutes, events }) => ({ key, minutes, events }))).toEqual([
    { key: 'communication', minutes: 5, events: 1 },
    { key: 'quotes', minutes: 15, events: 1 },
    { key: null, minutes: 0, events: 1 },
  ]);
  await team.dashboard.getByRole('button', { name: 'Actualiser' }).click();
  await expect(team.dashboard.getByTestId('team-total')).toHaveText('20 min');
  await expect(team.dashboard.getByTestId('team-satisfaction')).toHaveText('4,0 / 5 en moyenne');

  // 1,200 events wait (written straight to IndexedDB, so the screen learns of them only when
  // the push starts); the server is stopped after the first batch of 500 went through.
  await queueEvents(page, 1200);
  let posts = 0;
  await page.context().route('**/v1/events', async (route) => {
    posts += 1;
    if (posts === 2) await server.stop();
    await route.continue();
  });
  await team.syncNow();
  await expect(team.status).toContainText(
    '700 indicateurs (temps gagné ou satisfaction) à envoyer.',
  );
  // The push waits while the server drains its requests and exits (SIGTERM), seconds on a busy
  // machine.
  await expect(team.status).toContainText('pas de réseau ou serveur injoignable', {
    timeout: 20_000,
  });
  await page.context().unroute('**/v1/events');
  await server.start();
  await team.syncNow();
  await team.expectAllSent();
  figures = await indicators(request, member);
  expect(figures.totals).toEqual({ minutes: 1220, events: 1203, ratings: 1, ratingAvg: 4 });

  // The answer to a batch the server stored is lost: the retry is counted once.
  let lost = false;
  await page.context().route('**/v1/events', async (route) => {
    if (lost) return route.continue();
    lost = true;
    const response = await route.fetch();
    expect(response.status()).toBe(200);
    await route.abort('connectionreset');
  });
  await queueEvents(page, 300);
  await team.syncNow();
  await expect.poll(() => lost).toBe(true);
  // The client retries by itself after a short back-off.
  await expect
    .poll(async () => (await indicators(request, member)).totals, { timeout: 20_000 })
    .toEqual({ minutes: 1520, events: 1503, ratings: 1, ratingAvg: 4 });
  await team.expectAllSent();
  await page.context().unroute('**/v1/events');

  // The dashboard shows the last figures offline, with their date.
  await team.dashboard.getByRole('button', { name: 'Actualiser' }).click();
  await expect(team.dashboard.getByTestId('team-total')).toHaveText(/25\sh\set\s20\smin/);
  await page.context().setOffline(true);
  await page.reload();
  await expect(team.dashboard.getByTestId('dashboard-freshness')).toContainText(
    'Hors ligne : données du',
  );
  await expect(team.dashboard.getByTestId('team-total')).toHaveText(/25\sh\set\s20\smin/);
});

test('a revoked phone is told to pair again, and keeps what it has not sent', async ({
  page,
  browser,
  request,
}) => {
  const team = new TeamPage(page);
  await team.open(`${server.url}/team`);
  await team.pair(server.ownerCode, 'Téléphone du patron');
  await team.expectPaired('Plâtrerie Martin', 'Responsable');

  // A member phone is paired in a second browser page and revoked by the owner.
  const code = await team.newMemberCode();
  const memberContext = await browser.newContext({
    ...test.info().project.use,
    viewport: { width: 360, height: 780 },
    locale: 'fr-FR',
  });
  const memberPage = await memberContext.newPage();
  const memberTeam = new TeamPage(memberPage);
  await memberTeam.open(`${server.url}/team?code=${code}`);
  await expect(memberPage.getByLabel("Code d'association")).toHaveValue(code);
  await memberTeam.pair(code, 'Téléphone de Karim');
  await memberTeam.expectPaired('Plâtrerie Martin', 'Membre');

  const devices = team.card("Appareils de l'équipe");
  await page.reload();
  await expect(devices.getByRole('listitem')).toHaveCount(2);
  await devices.getByRole('button', { name: 'Révoquer Téléphone de Karim' }).click();
  await devices.getByRole('button', { name: 'Oui, révoquer' }).click();
  await expect(
    devices.getByRole('listitem').filter({ hasText: 'Téléphone de Karim' }),
  ).toContainText('Révoqué');

  // The member logs time: the push is refused, the phone asks for a new code, nothing is lost.
  const time = new TimePage(memberPage);
  await time.navigate('Temps gagné');
  await time.log(10, 'Devis');
  await memberTeam.openFromSettings();
  await expect(memberPage.getByRole('alert')).toContainText('Association à refaire');
  await expect(memberTeam.status).toContainText(
    '1 indicateur (temps gagné ou satisfaction) à envoyer.',
  );
  await expect(memberTeam.status).toContainText("ce téléphone n'est plus reconnu par le serveur");

  // A new code: the waiting event goes to the team.
  await memberTeam.pair(await team.newMemberCode());
  await memberTeam.expectAllSent();
  const figures = await indicators(request, await pairMember(request, await team.newMemberCode()));
  expect(figures.totals.minutes).toBe(10);

  // Leaving the team forgets the token, asked twice.
  await memberTeam.button('Dissocier ce téléphone').click();
  await memberTeam.button('Oui, dissocier').click();
  await expect(memberTeam.card('Rejoindre une équipe')).toBeVisible();
  // Out of a team, nothing is "sent": what is logged here waits for the next team.
  await expect(memberTeam.status).toContainText(
    "seront partagés avec l'équipe une fois ce téléphone associé",
  );
  await memberContext.close();
});

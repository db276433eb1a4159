import { expect, test } from '@playwright/test';
import { TeamPage } from './pages/TeamPage';
import { TimePage } from './pages/TimePage';
import { type SyncServer, startSyncServer } from './support/sync-server';

// A boss installs the server: it starts with no team and prints a setup code. From the app, the
// boss creates the team with that code, becomes its owner, and sees the figures at once.

let server: SyncServer;

test.beforeEach(async () => {
  test.setTimeout(150_000);
  server = await startSyncServer(null);
});

test.afterEach(async () => {
  await server.dispose();
});

test('the first phone creates the team with the setup code the server printed', async ({
  page,
}) => {
  await expect.poll(() => server.setupCode).toMatch(/^[A-Z0-9-]{10,14}$/);

  // Minutes logged before any team: kept on the phone, said in plain words.
  const time = new TimePage(page);
  await time.open(`${server.url}/time`);
  await time.log(10, 'Communication');
  await expect(time.toast).toContainText('10 min ajoutées');
  const team = new TeamPage(page);
  await team.openFromSettings();
  await expect(team.status).toContainText(
    '1 indicateur (temps gagné ou satisfaction) gardé sur ce téléphone',
  );
  await expect(team.status).not.toContainText('à envoyer');
  await expect(team.status).not.toContainText('Aucun envoi');

  // A wrong code is refused with what to do; nothing is created.
  await team.createTeam('K7Q4-MX2P-9T', 'Plomberie Duval', 'Téléphone de Marc');
  await expect(team.card('Créer mon équipe')).toContainText(
    'faites-en afficher un nouveau par le serveur',
  );

  // The printed code creates the team; this phone is its owner and its minutes reach the figures.
  await team.createTeam(server.setupCode.toLowerCase(), 'Plomberie Duval');
  await team.expectPaired('Plomberie Duval', 'Responsable');
  await team.expectAllSent();
  await expect(team.dashboard.getByTestId('team-total')).toHaveText('10 min', { timeout: 20_000 });
  await expect(team.dashboard).not.toContainText("Rien pour l'instant");

  // The code worked once: the owner now gives member codes.
  await expect(team.card('Ajouter un membre')).toBeVisible();
});

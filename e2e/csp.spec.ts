import { expect, type Page, test } from '@playwright/test';
import { ComposePage } from './pages/ComposePage';
import { TeamPage } from './pages/TeamPage';
import { TimePage } from './pages/TimePage';
import { type SyncServer, startSyncServer } from './support/sync-server';

// The built app as the real sync server serves it, with its Content-Security-Policy: an artisan
// goes through every screen — a template, the time log and its chart, the team with its QR code,
// the settings, an offline reload from the service worker — and the browser blocks nothing.

let server: SyncServer;

test.beforeEach(async () => {
  test.setTimeout(150_000); // a fresh embedded database takes a few seconds to initialise
  server = await startSyncServer('Atelier Sécurité');
});

test.afterEach(async () => {
  await server.dispose();
});

/** Records every policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (
      /Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())
    ) {
      seen.push(message.text());
    }
  });
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return seen;
}

test('the app works under its Content-Security-Policy, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const answer = await page.request.get(`${server.url}/`);
  expect(answer.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(answer.headers()['x-content-type-options']).toBe('nosniff');

  // A template, from the catalogue to the validated text.
  const compose = new ComposePage(page);
  await compose.open(`${server.url}/`);
  await compose.navigate('Modèles');
  await compose.tap(compose.link(/Avis négatif : retard/));
  await compose.tap(compose.button('Suivant'));
  await compose.type('Prénom du client', 'Jeanne');
  await expect(compose.preview).toContainText('Bonjour Jeanne');

  // Time saved, a rating, and the dashboard with its chart (inline widths and heights).
  const time = new TimePage(page);
  await time.navigate('Temps gagné');
  await time.log(15, 'Devis');
  await expect(time.toast).toContainText('15 min ajoutées');
  await time.rate(5);
  await expect(time.card('Les 12 dernières semaines')).toBeVisible();

  // The team: pairing over the API, the member code and its QR code (inline SVG).
  const team = new TeamPage(page);
  await team.openFromSettings();
  await team.pair(server.ownerCode, 'Téléphone du patron');
  await team.expectPaired('Atelier Sécurité', 'Responsable');
  await team.expectAllSent();
  await team.newMemberCode();
  await expect(team.card('Ajouter un membre').getByRole('img', { name: /QR code/ })).toBeVisible();
  await team.dashboard.getByRole('button', { name: 'Actualiser' }).click();
  await expect(team.dashboard.getByTestId('team-total')).toHaveText('15 min');

  // Offline, the service worker answers with the cached page, under the same policy.
  await team.reloadOffline();
  await expect(team.heading).toHaveText('Équipe');
  await team.navigate('Accueil');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(violations).toEqual([]);
});

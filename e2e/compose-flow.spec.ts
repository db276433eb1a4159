import { expect, test } from '@playwright/test';
import { ComposePage } from './pages/ComposePage';

// The guided flow keeps every word the artisan typed: another wording sets their own text aside
// instead of wiping it, and brings it back on request, even after a reload.

test('another wording never wipes a text rewritten by hand', async ({ page }) => {
  const app = new ComposePage(page);
  await app.open('/compose/review-negative-delay');
  await app.tap(app.button('Voir le texte'));
  const mine =
    'Bonjour, merci pour votre retour. Le retard venait de nous : je vous appelle demain.';
  await app.textArea.fill(mine);
  await expect(app.textArea).toHaveValue(mine);

  await app.tap(app.button('Une autre formulation'));
  await expect(app.textArea).not.toHaveValue(mine);
  await expect(app.button('Revenir à mon texte')).toBeVisible();

  // Set aside, not lost: still there after a reload.
  await app.reloadOffline();
  await app.tap(app.button('Revenir à mon texte'));
  await expect(app.textArea).toHaveValue(mine);
  await expect(app.button('Revenir à mon texte')).toHaveCount(0);
});

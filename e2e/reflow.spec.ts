import { expect, type Page, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { skipWelcome } from './support/first-run';
import { SCREENS } from './support/screens';

// Reading in any condition (WCAG 1.4.4 and 1.4.10): at 200 % text on a 320 px screen nothing
// needs a sideways scroll and the navigation stays whole; in landscape the bars leave the
// content most of the height.

/** Doubles the text size, as a phone's largest text setting does for rem-based layouts. */
async function largeText(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
}

test.describe('at 320 px and 200 % text', () => {
  // bypassCSP: the test adds a style element, which the app's policy rightly refuses.
  test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

  test('every screen reflows without a sideways scroll, navigation included', async ({ page }) => {
    test.setTimeout(90_000); // one full page load per screen, fourteen screens
    // Past the first-run welcome, so that '/' is Home (the welcome is one of the screens).
    await skipWelcome(page);
    const app = new AppPage(page);
    await app.open('/');
    for (const path of SCREENS) {
      await page.goto(path);
      await expect(app.heading).toBeVisible();
      await largeText(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      for (const link of await app.nav.getByRole('link').all()) {
        const box = await link.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320, `${path}: a navigation item`).toBe(
          true,
        );
      }
    }
  });
});

test.describe('in landscape', () => {
  test.use({ viewport: { width: 740, height: 360 } });

  test('the bars that stay on screen take at most a fifth of the height', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('/compose/review-negative-delay');
    // The one-time "ready offline" banner is dismissed; what stays is measured.
    const ready = page.getByRole('status').filter({ hasText: 'Prêt à fonctionner hors ligne' });
    await ready.getByRole('button', { name: 'OK' }).click();
    await expect(ready).toHaveCount(0);
    await page.mouse.wheel(0, 400);
    const fixed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => {
          const position = getComputedStyle(element).position;
          return position === 'fixed' || position === 'sticky';
        })
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
        })
        .reduce((sum, element) => sum + element.getBoundingClientRect().height, 0),
    );
    expect(fixed).toBeLessThanOrEqual(360 / 5);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { skipWelcome } from './support/first-run';
import { SCREENS as ALL_SCREENS } from './support/screens';

// These checks start on a device past the first-run welcome (first-run.spec.ts covers it).
test.beforeEach(async ({ page }) => {
  await skipWelcome(page);
});

// Automated accessibility checks (axe, WCAG 2.1 A and AA) on every screen, in light and dark:
// none may report a violation. They complement the manual checks (touch targets, reflow, focus).

const SCREENS = [...ALL_SCREENS, '/nulle-part'];

/** The violations axe finds on the page, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violation on any screen, ${scheme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.open('/');
    for (const path of SCREENS) {
      await page.goto(path);
      await expect(app.heading).toBeVisible();
      // Let lazy cards and live reads settle before the scan.
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
    }
  });
}

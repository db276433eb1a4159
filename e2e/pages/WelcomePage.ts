import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The first-run welcome: three steps, each skippable, and « Plus tard » for the whole of it. */
export class WelcomePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** « Étape n sur 3 ». */
  get progress(): Locator {
    return this.page.getByText(/^Étape \d sur 3$/);
  }

  /** The way forward: « Suivant », « Passer » or, at the end, « Voir mon premier modèle ». */
  get forward(): Locator {
    return this.page.getByRole('button', {
      name: /^(Suivant|Passer|Voir mon premier modèle)$/,
    });
  }

  /** Whole-flow skip. */
  get later(): Locator {
    return this.page.getByRole('button', { name: 'Plus tard', exact: true });
  }

  /** A field by its label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Checks the step shown: its progress, its heading (focused) and the document title. */
  async expectStep(step: number, title: string): Promise<void> {
    await expect(this.progress).toHaveText(`Étape ${step} sur 3`);
    await expect(this.heading).toHaveText(title);
    await expect(this.heading).toBeFocused();
    await expect(this.page).toHaveTitle(`${title} (Étape ${step} sur 3) · Établi`);
  }
}

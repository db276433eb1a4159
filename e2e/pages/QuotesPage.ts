import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The quote screens, as the artisan uses them at the customer's table. */
export class QuotesPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** A button by its accessible name. */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** A field by its label. */
  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The n-th line card (1-based) of the editor. */
  line(index: number): Locator {
    return this.page.getByRole('listitem', { name: `Ligne ${index}`, exact: true });
  }

  /** The checker's findings. */
  get findings(): Locator {
    return this.page.locator('#checker').getByRole('button');
  }

  /** Taps the checker finding with this text. */
  async fix(text: string | RegExp): Promise<void> {
    await this.page.locator('#checker').getByRole('button', { name: text }).click();
  }

  /** Starts a guided quote from Home's quick action. */
  async startGuided(title: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Nouveau devis' }).click();
    await expect(this.heading).toHaveText('Nouveau devis');
    await this.button(new RegExp(`^${title}`)).click();
  }

  /** Signs in the signature box with a finger-like stroke. */
  async drawSignature(): Promise<void> {
    const pad = this.page.getByRole('img', { name: 'Cadre de signature' });
    await pad.scrollIntoViewIfNeeded();
    await expect(pad).toBeVisible();
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature box');
    await this.page.mouse.move(box.x + 20, box.y + box.height / 2);
    await this.page.mouse.down();
    for (let step = 1; step <= 12; step += 1) {
      await this.page.mouse.move(
        box.x + 20 + step * 20,
        box.y + box.height / 2 + (step % 2 ? -30 : 30),
        { steps: 3 },
      );
    }
    await this.page.mouse.up();
  }
}

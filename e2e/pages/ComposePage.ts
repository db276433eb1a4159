import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The template catalogue and a guided flow, as the artisan uses them. */
export class ComposePage extends AppPage {
  /** Taps counted from the home screen, to keep the flow short for busy hands. */
  taps = 0;

  constructor(page: Page) {
    super(page);
  }

  /** Taps a control (and counts the tap). */
  async tap(target: Locator): Promise<void> {
    await target.click();
    this.taps += 1;
  }

  /** A button by its accessible name. */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** A link by its accessible name. */
  link(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }

  /** A chip (radio or checkbox) by its label. */
  chip(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name }).or(this.page.getByRole('checkbox', { name }));
  }

  /** The editable text of the text step. */
  get textArea(): Locator {
    return this.page.getByLabel('Texte (modifiable)');
  }

  /** The live preview under the questions. */
  get preview(): Locator {
    return this.page.getByTestId('preview-text');
  }

  /** The validated text. */
  get finalText(): Locator {
    return this.page.getByTestId('final-text');
  }

  /** Answers the current question by typing into its field. */
  async type(label: string | RegExp, text: string): Promise<void> {
    await this.tap(this.page.getByLabel(label));
    await this.page.keyboard.type(text);
  }

  /** Expects the flow to show the given question. */
  async expectQuestion(label: string | RegExp): Promise<void> {
    await expect(this.page.getByText(label).first()).toBeVisible();
  }
}

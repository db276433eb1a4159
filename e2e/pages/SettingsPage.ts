import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The settings screen: company profile, language, theme. */
export class SettingsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** A profile field by its visible label. */
  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** Picks the UI language. */
  async chooseLanguage(name: 'Français' | 'English'): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
  }

  get saveState(): Locator {
    return this.page.locator('.save-state');
  }
}

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
  /** Picks a language; `expectChange: false` when the choice is expected to be refused. */
  async chooseLanguage(
    name: 'Français' | 'English',
    { expectChange = true }: { expectChange?: boolean } = {},
  ): Promise<void> {
    const radio = this.page.getByRole('radio', { name });
    if (expectChange) await radio.check();
    else await radio.click();
  }

  get saveState(): Locator {
    return this.page.locator('.save-state');
  }
}

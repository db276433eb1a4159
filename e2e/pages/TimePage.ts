import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The time-saved screen: quick log, satisfaction, dashboard, entries and the CSV export. */
export class TimePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** The quick log card (a region named by its heading). */
  get quickLog(): Locator {
    return this.page.getByRole('region', { name: /Noter du temps gagné|Log time saved/ });
  }

  /** The toast at the bottom of the screen. */
  get toast(): Locator {
    return this.page.getByRole('status').filter({ has: this.page.locator('.toast') });
  }

  /** A button by its accessible name (exact when a string). */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Logs minutes from the quick log: a category chip, an optional note, then +N or a typed number. */
  async log(minutes: number, category: string, note?: string): Promise<void> {
    await this.quickLog.getByRole('radio', { name: category, exact: true }).check();
    if (note !== undefined) await this.quickLog.getByLabel('Note (facultatif)').fill(note);
    if ([5, 10, 15].includes(minutes)) {
      await this.quickLog.getByRole('button', { name: `+${minutes} min`, exact: true }).click();
    } else {
      await this.quickLog.getByLabel('Autre durée (min)').fill(String(minutes));
      await this.quickLog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    }
  }

  /** Taps Undo on the toast. */
  async undo(): Promise<void> {
    await this.toast.getByRole('button', { name: 'Annuler' }).click();
    await expect(this.toast).toHaveCount(0);
  }

  /** Records a customer's rating after a job. */
  async rate(stars: number): Promise<void> {
    const name = stars === 1 ? '1 étoile sur 5' : `${stars} étoiles sur 5`;
    await this.page
      .getByRole('region', { name: "Noter la satisfaction d'un client" })
      .getByRole('button', { name, exact: true })
      .click();
  }

  /** Opens a tab ("Tableau de bord" or "Entrées"). */
  async openTab(name: 'Tableau de bord' | 'Entrées'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  /** The open tab's panel. */
  get panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  /** A dashboard card by its heading. */
  card(name: string | RegExp): Locator {
    return this.panel.getByRole('region', { name });
  }

  /** The entries of the list (open the "Entrées" tab first). */
  get entries(): Locator {
    return this.panel.getByRole('listitem');
  }

  /** The open entry editor (a form in place of the entry). */
  get editor(): Locator {
    return this.panel.getByRole('form', { name: "Modifier l'entrée" });
  }

  /** The entry holding this text (category, minutes, note…). */
  entry(text: string | RegExp): Locator {
    return this.entries.filter({ hasText: text });
  }
}

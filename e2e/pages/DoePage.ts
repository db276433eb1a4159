import { expect, type Locator, type Page } from '@playwright/test';
import type { PhotoFile } from '../support/photos';
import { AppPage } from './AppPage';

/** What a job form takes (French labels). */
export interface JobDetails {
  name: string;
  customerName?: string;
  customerAddress?: string;
  lot?: string;
  startDate?: string;
  endDate?: string;
  checklists?: string[];
}

/** The DOE screens as the artisan uses them on site: jobs, items, photos, files. */
export class DoePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** A button by its accessible name (exact when a string). */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The toast at the bottom of the DOE screens. */
  get toast(): Locator {
    return this.page.getByRole('status').filter({ has: this.page.locator('.toast') });
  }

  /** Fills the new-job form and creates the job. */
  async createJob(details: JobDetails): Promise<void> {
    await this.page.getByRole('link', { name: 'Nouveau chantier' }).click();
    await expect(this.heading).toHaveText('Nouveau chantier');
    const form = this.page.locator('form');
    await form.getByLabel('Nom du chantier').fill(details.name);
    if (details.customerName) {
      await this.newCustomer(details.customerName);
      if (details.customerAddress) {
        await form.getByLabel('Adresse du client').fill(details.customerAddress);
      }
    }
    if (details.lot) await form.getByLabel("Lot ou corps d'état").fill(details.lot);
    if (details.startDate) await form.getByLabel('Début des travaux').fill(details.startDate);
    if (details.endDate) await form.getByLabel('Fin des travaux').fill(details.endDate);
    for (const checklist of details.checklists ?? []) {
      await form.getByRole('checkbox', { name: new RegExp(`^${checklist}`) }).check();
    }
    await this.button('Créer le chantier et sa checklist').click();
    await expect(this.heading).toHaveText(details.name);
  }

  /** Creates a customer through the job form's picker, named after the search, and picks it. */
  async newCustomer(name: string): Promise<void> {
    const form = this.page.locator('form');
    await form.getByLabel('Chercher un client (nom, adresse, téléphone)').fill(name);
    await this.button(`Nouveau client : ${name}`).click();
    await expect(form.getByLabel('Nom du client')).toHaveValue(name);
  }

  /** Picks a stored customer in the job form's search (by a word of it). */
  async pickCustomer(search: string, name: string): Promise<void> {
    const form = this.page.locator('form');
    await form.getByLabel('Chercher un client (nom, adresse, téléphone)').fill(search);
    await form.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(form.getByLabel('Nom du client')).toHaveValue(name);
  }

  /** The list of the job's DOE documents. */
  get items(): Locator {
    return this.page.getByRole('list', { name: 'Documents du DOE' }).getByRole('article');
  }

  /** One item card of the job's list, by its name. */
  item(label: string): Locator {
    return this.page.getByRole('article', { name: label, exact: true });
  }

  /** Sets an item's status from the job's list. */
  async mark(label: string, status: 'À fournir' | 'Reçu' | 'Non applicable'): Promise<void> {
    await this.item(label).getByRole('radio', { name: status, exact: true }).check();
    await expect(this.item(label).getByRole('radio', { name: status, exact: true })).toBeChecked();
  }

  /** Opens an item's own screen from the job's list. */
  async openItem(label: string): Promise<void> {
    await this.item(label).getByRole('link', { name: label, exact: true }).click();
    await expect(this.heading).toHaveText(label);
  }

  /** Picks photos from the gallery on the item screen (buffers, or paths for big files). */
  async choosePhotos(files: PhotoFile[] | string[]): Promise<void> {
    await this.page.getByLabel('Choisir des photos').setInputFiles(files);
  }

  /** Attaches files as they are on the item screen (buffers, or paths for big files). */
  async attachFiles(files: PhotoFile[] | string[]): Promise<void> {
    await this.page.getByLabel('Joindre un fichier').setInputFiles(files);
  }

  /** The photo grid of the item screen. */
  get photos(): Locator {
    return this.page.getByRole('list', { name: 'Photos' }).getByRole('button');
  }

  /** The full-screen photo. */
  get viewer(): Locator {
    return this.page.getByRole('dialog', { name: /^Photo \d+ sur \d+$/ });
  }

  /** What the bad-input alert says. */
  get problems(): Locator {
    return this.page.getByRole('alert');
  }

  /**
   * The shown photo's pixel size and the colour of its top and bottom (sampled from the image
   * as the browser decoded it), to tell whether it stands upright.
   */
  async shownPhoto(
    image: Locator,
  ): Promise<{ width: number; height: number; top: string; bottom: string }> {
    await expect(image).toHaveJSProperty('complete', true);
    return image.evaluate((node) => {
      const img = node as HTMLImageElement;
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(img, 0, 0);
      const colour = (y: number) => {
        const [r = 0, g = 0, b = 0] = context.getImageData(img.naturalWidth / 2, y, 1, 1).data;
        if (r > 150 && b < 100) return 'red';
        if (b > 150 && r < 100) return 'blue';
        return `rgb(${r}, ${g}, ${b})`;
      };
      return {
        width: img.naturalWidth,
        height: img.naturalHeight,
        top: colour(img.naturalHeight * 0.1),
        bottom: colour(img.naturalHeight * 0.9),
      };
    });
  }
}

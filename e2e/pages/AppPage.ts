import { expect, type Locator, type Page } from '@playwright/test';
import { waitForServiceWorker } from '../support/service-worker';

/** The app as a user sees it: the bottom navigation and the current screen. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens a path and waits for the service worker to control the page. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.nav).toBeVisible();
    await waitForServiceWorker(this.page);
  }

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: /Navigation principale|Main navigation/ });
  }

  /** The screen's main heading. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Goes to a screen through the bottom navigation. */
  async navigate(label: string | RegExp): Promise<void> {
    await this.nav.getByRole('link', { name: label }).click();
  }

  /** Cuts the network and reloads, as when the phone opens the app in a basement. */
  async reloadOffline(): Promise<void> {
    await this.page.context().setOffline(true);
    await this.page.reload();
  }
}

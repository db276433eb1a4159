import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The Team screen: pairing, sync status, the owner's member codes and devices, team figures. */
export class TeamPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** A card of the screen by its heading. */
  card(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** A button by its accessible name (exact when a string). */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** The live sync status: what waits, last success, last problem. */
  get status(): Locator {
    return this.card('Synchronisation').getByTestId('sync-status');
  }

  /** Goes to the Team screen the way a user does: Settings, then the Team section. */
  async openFromSettings(): Promise<void> {
    await this.navigate('Réglages');
    await this.page.getByRole('link', { name: "Ouvrir l'écran Équipe" }).click();
    await expect(this.heading).toHaveText('Équipe');
  }

  /** Types the code and the phone's name, and links the phone. */
  async pair(code: string, deviceName?: string): Promise<void> {
    const form = this.card('Rejoindre une équipe');
    await form.getByLabel("Code d'association").fill(code);
    if (deviceName !== undefined) await form.getByLabel('Nom de ce téléphone').fill(deviceName);
    await form.getByRole('button', { name: 'Associer ce téléphone' }).click();
  }

  /** Creates the team with the server's setup code: this phone becomes its owner. */
  async createTeam(code: string, teamName: string, deviceName?: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Créer mon équipe' }).check();
    const form = this.card('Créer mon équipe');
    await form.getByLabel('Code de mise en route').fill(code);
    await form.getByLabel("Nom de l'équipe").fill(teamName);
    if (deviceName !== undefined) await form.getByLabel('Nom de ce téléphone').fill(deviceName);
    await form.getByRole('button', { name: "Créer l'équipe" }).click();
  }

  /** Expects the phone to be in the team, with this role. */
  async expectPaired(workspace: string, role: 'Responsable' | 'Membre'): Promise<void> {
    const card = this.card('Votre équipe');
    await expect(card.getByTestId('workspace-name')).toHaveText(workspace);
    await expect(card).toContainText(role);
  }

  /** Taps "Synchroniser maintenant". */
  async syncNow(): Promise<void> {
    await this.button('Synchroniser maintenant').click();
  }

  /** Expects the outbox to be empty (everything acknowledged by the server). */
  async expectAllSent(): Promise<void> {
    await expect(this.status).toContainText('Tout est envoyé.', { timeout: 20_000 });
  }

  /** Owner: creates a member code and returns it as shown. */
  async newMemberCode(): Promise<string> {
    await this.button('Nouveau code membre').click();
    const code = this.card('Ajouter un membre').getByTestId('member-code');
    await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    return (await code.textContent()) ?? '';
  }

  /** The team figures card. */
  get dashboard(): Locator {
    return this.card("Chiffres de l'équipe");
  }
}

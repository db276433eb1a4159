import { reported } from '../../ui/Toast';
import { chooseFirstRun, settings } from '../settings/preferences';

export { type CompanyProfile, createProfileState } from '../settings/profileState';

// The first-run welcome writes what the artisan types straight into the company profile (saved as
// typed, like the Settings form), and where the device stands with it into the settings.

/** The welcome is under way: a reload or a crash before its end brings it back. */
export function startWelcome(): void {
  if (settings().firstRun !== 'done') void chooseFirstRun('started').then(reported);
}

/** The welcome is over (finished, skipped, or left for another screen): it never comes back. */
export async function endWelcome(): Promise<void> {
  reported(await chooseFirstRun('done'));
}

import { loadSettings } from '../../db/settings';
import { deviceInUse } from '../../db/usage';
import { chooseFirstRun, settings } from '../settings/preferences';

/**
 * Whether this device should see the first-run welcome: yes when it is under way (a reload or a
 * crash in the middle brings it back) or on a new install; never once done, nor on a device that
 * was already in use before the welcome existed (which is then marked done for good).
 */
export async function needsWelcome(): Promise<boolean> {
  const saved = await loadSettings();
  if (saved.firstRun === 'done') return false;
  if (saved.firstRun === 'unknown' && (await deviceInUse())) {
    await chooseFirstRun('done');
    return false;
  }
  // Left for Home by the bottom navigation: the welcome ended while its record was being read.
  return settings().firstRun !== 'done';
}

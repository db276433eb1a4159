import type { TimeCategory } from '../domain/categories';
import { DEFAULT_LANGUAGE, type Language } from '../domain/languages';
import { readMeta, updateMeta } from './meta';
import { readSettingsHint, writeSettingsHint } from './settingsHint';

/** Colour theme: follow the system, or force one. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * Where the device stands with the first-run welcome: never asked (a new install, or a device
 * that used the app before the welcome existed), under way, or over (finished, skipped, or a
 * device found already in use). Once `done` it never comes back.
 */
export type FirstRun = 'unknown' | 'started' | 'done';

/** Device-level preferences. */
export interface Settings {
  language: Language;
  theme: ThemeChoice;
  /** Weekly goal of minutes saved; 126 min is the 2.1 h a week early AI users report. */
  weeklyGoalMinutes: number;
  /** The kind of task of the last quick log, proposed for the next one. */
  quickLogCategory: TimeCategory;
  /** The first-run welcome: see FirstRun. */
  firstRun: FirstRun;
}

/** Settings of a device that never changed them. */
export const DEFAULT_SETTINGS: Settings = {
  language: DEFAULT_LANGUAGE,
  theme: 'system',
  weeklyGoalMinutes: 126,
  quickLogCategory: 'communication',
  firstRun: 'unknown',
};

const KEY = 'settings';

/** The saved settings, with defaults for what was never set. */
export async function loadSettings(): Promise<Settings> {
  const saved = await readMeta<Partial<Settings>>(KEY);
  const settings = { ...DEFAULT_SETTINGS, ...saved };
  writeSettingsHint(settings);
  return settings;
}

/** Changes some settings and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = await updateMeta<Settings>(KEY, (saved) => ({
    ...DEFAULT_SETTINGS,
    ...saved,
    ...patch,
  }));
  writeSettingsHint(next);
  return next;
}

/**
 * The settings last seen on this device, read at once without IndexedDB: what the first paint
 * uses until `loadSettings` answers. Undefined when the device has not kept them yet.
 */
export function lastKnownSettings(): Settings | undefined {
  return readSettingsHint(DEFAULT_SETTINGS);
}

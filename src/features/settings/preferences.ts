import { createSignal } from 'solid-js';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  type ThemeChoice,
  updateSettings,
} from '../../db/settings';
import type { Language } from '../../domain/languages';
import { changeLanguage, initI18n } from '../../i18n';

const [settings, setSettings] = createSignal<Settings>(DEFAULT_SETTINGS);

/** The device's settings, as a signal. */
export { settings };

function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Reads the saved settings, applies theme and language; falls back to defaults on failure. */
export async function bootPreferences(): Promise<void> {
  let loaded = DEFAULT_SETTINGS;
  try {
    loaded = await loadSettings();
  } catch (error) {
    // Storage can be unavailable (private mode, quota): the app still starts in French.
    console.error('Settings could not be read', error);
  }
  setSettings(loaded);
  applyTheme(loaded.theme);
  await initI18n(loaded.language);
}

/** Switches the language and remembers it. */
export async function chooseLanguage(language: Language): Promise<void> {
  await changeLanguage(language);
  setSettings(await updateSettings({ language }));
}

/** Switches the theme and remembers it. */
export async function chooseTheme(theme: ThemeChoice): Promise<void> {
  applyTheme(theme);
  setSettings(await updateSettings({ theme }));
}

/** Changes the weekly goal of minutes saved and remembers it. */
export async function chooseWeeklyGoal(minutes: number): Promise<void> {
  setSettings(await updateSettings({ weeklyGoalMinutes: minutes }));
}

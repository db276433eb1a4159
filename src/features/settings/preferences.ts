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
import { type ActionResult, runAction } from '../../ui/action';

// The device's preferences (language, theme, weekly goal): read once at boot by the shell, shown
// and changed by the features.

/** The preferences' types (components never import src/db). */
export type { Settings, ThemeChoice };

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

/** Saves a change of the settings and shows the result. */
function save(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(patch).then((saved) => {
    setSettings(saved);
    return saved;
  });
}

/** Switches the language and remembers it. */
export function chooseLanguage(language: Language): Promise<ActionResult<Settings>> {
  return runAction(async () => {
    await changeLanguage(language);
    return save({ language });
  });
}

/** Switches the theme and remembers it. */
export function chooseTheme(theme: ThemeChoice): Promise<ActionResult<Settings>> {
  applyTheme(theme);
  return runAction(() => save({ theme }));
}

/** Changes the weekly goal of minutes saved and remembers it. */
export function chooseWeeklyGoal(minutes: number): Promise<ActionResult<Settings>> {
  return runAction(() => save({ weeklyGoalMinutes: minutes }));
}

import { createSignal } from 'solid-js';
import {
  DEFAULT_SETTINGS,
  type FirstRun,
  lastKnownSettings,
  loadSettings,
  type Settings,
  type ThemeChoice,
  updateSettings,
} from '../../db/settings';
import type { TimeCategory } from '../../domain/categories';
import type { Language } from '../../domain/languages';
import { language as activeLanguage, changeLanguage, initI18n } from '../../i18n';
import { type ActionResult, runAction } from '../../ui/action';

// The device's preferences (language, theme, weekly goal): read once at boot by the shell, shown
// and changed by the features.

/** The preferences' types (components never import src/db). */
export type { FirstRun, Settings, ThemeChoice };

const [settings, setSettings] = createSignal<Settings>(DEFAULT_SETTINGS);

/** The device's settings, as a signal. */
export { settings };

function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Applies the settings last seen on this device, so the first paint needs no IndexedDB read;
 * the saved settings, read beside the first render, then correct whatever differs. Without
 * settings seen before (a first start), waits for the saved ones.
 */
export async function bootPreferences(): Promise<void> {
  const reading = loadSettings().catch(reportUnreadable);
  const known = lastKnownSettings();
  await applySettings(known ?? (await reading) ?? DEFAULT_SETTINGS);
  if (!known) return;
  void reading
    .then((saved) => {
      if (saved && !sameSettings(saved, known)) return applySettings(saved);
    })
    .catch((error: unknown) => console.error('Settings could not be applied', error));
}

/** Logs why the saved settings could not be read (the app goes on without them). */
function reportUnreadable(error: unknown): undefined {
  // Storage can be unavailable (private mode, quota): the app still starts.
  console.error('Settings could not be read', error);
  return undefined;
}

/** Whether two settings records hold the same values. */
function sameSettings(a: Settings, b: Settings): boolean {
  return (Object.keys(a) as (keyof Settings)[]).every((key) => a[key] === b[key]);
}

let i18nStarted = false;

/** Applies settings: the signal, the theme, and the language (the first call starts i18n). */
async function applySettings(next: Settings): Promise<void> {
  setSettings(next);
  applyTheme(next.theme);
  if (!i18nStarted) {
    i18nStarted = true;
    await initI18n(next.language);
  } else if (next.language !== activeLanguage()) {
    await changeLanguage(next.language);
  }
}

/** Saves a change of the settings and shows the result. */
function save(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(patch).then((saved) => {
    setSettings(saved);
    return saved;
  });
}

/**
 * Switches the language and remembers it. A language other than French is downloaded the first
 * time it is chosen (only French is in every install): offline, that fails and French stays.
 */
export async function chooseLanguage(language: Language): Promise<ActionResult<Settings>> {
  const loaded = await runAction(
    () => changeLanguage(language),
    'settings:settings.languageUnavailable',
  );
  return loaded.ok ? runAction(() => save({ language })) : loaded;
}

/** Switches the theme and remembers it. */
export function chooseTheme(theme: ThemeChoice): Promise<ActionResult<Settings>> {
  applyTheme(theme);
  return runAction(() => save({ theme }));
}

/** Remembers the kind of task last logged, proposed at the next quick log. */
export function chooseQuickLogCategory(category: TimeCategory): Promise<ActionResult<Settings>> {
  if (settings().quickLogCategory === category) {
    return Promise.resolve({ ok: true, value: settings() });
  }
  return runAction(() => save({ quickLogCategory: category }));
}

/** Changes the weekly goal of minutes saved and remembers it. */
export function chooseWeeklyGoal(minutes: number): Promise<ActionResult<Settings>> {
  return runAction(() => save({ weeklyGoalMinutes: minutes }));
}

/**
 * Records where the device stands with the first-run welcome. The signal changes at once, so a
 * screen reached before the write ends (Home after « Plus tard ») already knows.
 */
export function chooseFirstRun(firstRun: FirstRun): Promise<ActionResult<Settings>> {
  if (settings().firstRun === firstRun) return Promise.resolve({ ok: true, value: settings() });
  setSettings({ ...settings(), firstRun });
  return runAction(() => save({ firstRun }));
}

import { TIME_CATEGORIES, type TimeCategory } from '../domain/categories';
import { isLanguage } from '../domain/languages';
import type { FirstRun, Settings, ThemeChoice } from './settings';

// A copy of the settings in localStorage, read synchronously so the first paint has the right
// language, theme and goal without waiting for IndexedDB. It is only a hint: IndexedDB stays the
// source of truth, and the app applies what it reads there once it arrives. index.html reads the
// theme from the same key before any script loads (keep both in step).

/** localStorage key of the hint. */
export const SETTINGS_HINT_KEY = 'etabli:settings';

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const FIRST_RUN: readonly FirstRun[] = ['unknown', 'started', 'done'];

/** The parts of a stored hint that are valid settings; anything else is dropped. */
function validParts(value: unknown): Partial<Settings> {
  if (typeof value !== 'object' || value === null) return {};
  const { language, theme, weeklyGoalMinutes, quickLogCategory, firstRun } = value as Record<
    string,
    unknown
  >;
  return {
    ...(isLanguage(language) ? { language } : {}),
    ...(THEMES.includes(theme as ThemeChoice) ? { theme: theme as ThemeChoice } : {}),
    ...(typeof weeklyGoalMinutes === 'number' && weeklyGoalMinutes > 0
      ? { weeklyGoalMinutes }
      : {}),
    ...(TIME_CATEGORIES.includes(quickLogCategory as TimeCategory)
      ? { quickLogCategory: quickLogCategory as TimeCategory }
      : {}),
    ...(FIRST_RUN.includes(firstRun as FirstRun) ? { firstRun: firstRun as FirstRun } : {}),
  };
}

/**
 * The settings last seen on this device, over `defaults` (which stand in for what is missing or
 * damaged); undefined when this device has no hint yet or cannot read one.
 */
export function readSettingsHint(defaults: Settings): Settings | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(SETTINGS_HINT_KEY);
    return raw ? { ...defaults, ...validParts(JSON.parse(raw)) } : undefined;
  } catch {
    // Storage unavailable (some private modes) or a hint that is not JSON.
    return undefined;
  }
}

/** Remembers settings read from or written to IndexedDB, for the next start. */
export function writeSettingsHint(settings: Settings): void {
  try {
    globalThis.localStorage?.setItem(SETTINGS_HINT_KEY, JSON.stringify(settings));
  } catch {
    // Full or unavailable: the next start reads IndexedDB a little later, that is all.
  }
}

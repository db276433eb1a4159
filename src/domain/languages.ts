// The languages the app speaks. Adding one means: its files in locales/<code>/ and one entry
// here; Settings, Intl formatting and the locale parity tests all derive from this table.

/** Every UI language with its Intl locale and its own name (shown as is, never translated). */
export const LANGUAGE_TABLE = {
  fr: { intl: 'fr-FR', name: 'Français' },
  en: { intl: 'en-GB', name: 'English' },
} as const;

/** A UI language code. */
export type Language = keyof typeof LANGUAGE_TABLE;

/** UI languages, the default first. */
export const LANGUAGES = Object.keys(LANGUAGE_TABLE) as readonly Language[];

/** The language of a device that never chose one. */
export const DEFAULT_LANGUAGE: Language = 'fr';

/** Whether `value` is a UI language code. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_TABLE, value);
}

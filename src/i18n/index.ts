import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { createSignal } from 'solid-js';
import type { Language } from '../db/settings';

type Resources = Record<string, unknown>;

import fr from '../../locales/fr/common.json';

// French, the default, ships with the first chunk (no extra round trip before the first render);
// every other language is its own chunk, downloaded when chosen.
const loaders = import.meta.glob<Resources>(
  ['../../locales/*/*.json', '!../../locales/fr/*.json'],
  {
    import: 'default',
  },
);

/** The app's i18next instance (annotated: its inferred type cannot be named across projects). */
export const i18n: I18n = i18next.createInstance();

const [language, setLanguage] = createSignal<Language>('fr');

/** The active UI language, as a signal. */
export { language };

async function loadResources(lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'common')) return;
  if (lang === 'fr') {
    i18n.addResourceBundle('fr', 'common', fr);
    return;
  }
  const load = loaders[`../../locales/${lang}/common.json`];
  if (!load) throw new Error(`No resources for ${lang}`);
  i18n.addResourceBundle(lang, 'common', await load());
}

/** Loads the resources of `lang` and starts i18next with it. */
export async function initI18n(lang: Language): Promise<void> {
  await i18n.init({
    lng: lang,
    fallbackLng: false,
    defaultNS: 'common',
    ns: ['common'],
    resources: {},
    interpolation: { escapeValue: false }, // Solid escapes text itself.
    returnNull: false,
  });
  await loadResources(lang);
  setLanguage(lang);
  document.documentElement.lang = lang;
}

/** Switches the UI language (loading its resources first). */
export async function changeLanguage(lang: Language): Promise<void> {
  await loadResources(lang);
  await i18n.changeLanguage(lang);
  setLanguage(lang);
  document.documentElement.lang = lang;
}

/** Translates `key`; reactive, so text re-renders when the language changes. */
export function t(key: string, options?: TOptions): string {
  language();
  return i18n.t(key, options) as string;
}

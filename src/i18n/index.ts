import i18next, { type i18n as I18n, type TOptions } from 'i18next';
import { createSignal } from 'solid-js';
import fr from '../../locales/fr/common.json';
import type { Language } from '../domain/languages';

type Resources = Record<string, unknown>;

// French, the default, ships with the first chunk (no extra round trip before the first render);
// every other language is its own chunk, downloaded when chosen.
const loaders = import.meta.glob<Resources>(
  ['../../locales/*/*.json', '!../../locales/fr/common.json'],
  {
    import: 'default',
  },
);

/** The app's i18next instance (annotated: its inferred type cannot be named across projects). */
export const i18n: I18n = i18next.createInstance();

const [language, setLanguage] = createSignal<Language>('fr');

/** The active UI language, as a signal. */
export { language };

// Bumped whenever resources arrive, so text shown before a namespace loaded is re-rendered.
const [revision, setRevision] = createSignal(0);

/** Tracks the language and the loaded resources (for lookups made outside `t`). */
export function trackResources(): void {
  language();
  revision();
}

// Every namespace a screen has asked for, even one still loading: a language switch loads them
// all in the new language (a route may ask in French just before the saved English applies).
const wanted = new Set<string>(['common']);

/** Loads a namespace of `lang` (e.g. a template family's phrase bank) unless already there. */
export async function loadNamespace(lang: Language, ns: string): Promise<void> {
  wanted.add(ns);
  if (i18n.hasResourceBundle(lang, ns)) return;
  if (lang === 'fr' && ns === 'common') {
    i18n.addResourceBundle('fr', 'common', fr);
  } else {
    const load = loaders[`../../locales/${lang}/${ns}.json`];
    if (!load) throw new Error(`No resources for ${lang}/${ns}`);
    i18n.addResourceBundle(lang, ns, await load());
  }
  setRevision((value) => value + 1);
}

async function loadResources(lang: Language): Promise<void> {
  // Switching language loads every namespace in use, so open screens stay complete.
  await Promise.all([...wanted].map((ns) => loadNamespace(lang, ns)));
}

/** Loads the resources of `lang` and starts i18next with it. */
export async function initI18n(lang: Language): Promise<void> {
  await i18n.init({
    lng: lang,
    fallbackLng: false,
    // A key without a namespace is in `common`; any other names its own: `t('timelog:entries.edit')`.
    defaultNS: 'common',
    ns: ['common'],
    resources: {},
    interpolation: { escapeValue: false }, // Solid escapes text itself.
    returnNull: false,
  });
  await loadResources(lang);
  setLanguage(lang);
  document.documentElement.lang = lang;
  warmLanguage(lang);
}

/**
 * Switches the UI language. A language other than French is downloaded whole first (every
 * screen's strings, so it then works offline everywhere); offline and not downloaded before,
 * this fails and the current language stays.
 */
export async function changeLanguage(lang: Language): Promise<void> {
  if (lang !== 'fr') await Promise.all(languageFiles(lang).map(([, load]) => download(load)));
  await loadResources(lang);
  await i18n.changeLanguage(lang);
  setLanguage(lang);
  document.documentElement.lang = lang;
}

// Failed language downloads (offline): the app's recovery from a stale build must not reload
// for them, as a reload cannot bring a file the network does not give.
const downloadErrors = new WeakSet<object>();

/** Whether a failed file load was a language download. */
export function isLanguageDownloadError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && downloadErrors.has(error);
}

/** Loads one string file of a language, noting a failure as a language download's. */
function download(load: () => Promise<Resources>): Promise<Resources> {
  return load().catch((error: unknown) => {
    if (typeof error === 'object' && error !== null) downloadErrors.add(error);
    throw error;
  });
}

/** The string files of a language, with their loaders. */
function languageFiles(lang: Language): Array<[string, () => Promise<Resources>]> {
  return Object.entries(loaders).filter(([path]) => path.includes(`/locales/${lang}/`));
}

/**
 * Fetches, once the page is idle after a start in a language other than French, every string
 * file of that language, so the service worker keeps them (only French is precached by every
 * install): after an update, whose files have new names, the language works offline again.
 * Already cached, it costs nothing; offline, it is retried at the next start.
 */
export function warmLanguage(lang: Language): Promise<void> {
  if (lang === 'fr') return Promise.resolve();
  const files = languageFiles(lang);
  return new Promise((resolve) => {
    const run = () =>
      void Promise.allSettled(files.map(([, load]) => download(load))).then(() => resolve());
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 5_000 });
    else setTimeout(run, 1_000);
  });
}

/**
 * The one lookup of screen strings: `t('nav.home')` in `common` (loaded at start, French in the
 * first chunk), `t('timelog:entries.edit')` in a feature's namespace (loaded with its lazy route,
 * see app/App.tsx). Reactive: text re-renders when the language or the loaded strings change.
 */
export function t(key: string, options?: TOptions): string {
  trackResources();
  return i18n.t(key, options) as string;
}

/** A lookup bound to one language and namespace (e.g. a template family's phrase bank). */
export function translatorFor(
  lang: Language,
  ns: string,
): (key: string, options: Record<string, unknown>) => unknown {
  const fixed = i18n.getFixedT(lang, ns);
  return (key, options) => fixed(key, options as TOptions);
}

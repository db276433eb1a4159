import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

/** The cache holding the strings of languages other than French (its name marks it as ours). */
export const LOCALE_CACHE = 'etabli-locales';

/** Whether a request is for another language's strings (`/assets/locale-en-social-….js`). */
export function isLocaleFile(url: URL, origin: string): boolean {
  return url.origin === origin && /^\/assets\/locale-[a-z]{2}-[\w-]+\.js$/.test(url.pathname);
}

/**
 * Strings of languages other than French are not precached: an install downloads only the
 * French ones. The first time a language is used online, the app fetches all its files
 * (i18n's warmLanguage) and they are kept here, so that language then works offline too. The
 * files' names change with their content, so a cached file never goes stale; older versions'
 * files are dropped once the cache holds more than a few versions' worth.
 */
export function setupLocaleCache(): void {
  registerRoute(
    ({ url }) => isLocaleFile(url, self.location.origin),
    new CacheFirst({
      cacheName: LOCALE_CACHE,
      plugins: [new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true })],
    }),
  );
}

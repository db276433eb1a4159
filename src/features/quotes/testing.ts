// A synchronous lookup over the real `quotes` words, for unit tests (the app loads them lazily).
import i18next from 'i18next';
import en from '../../../locales/en/quotes.json';
import fr from '../../../locales/fr/quotes.json';
import type { Language } from '../../domain/languages';
import type { QuoteLookup } from './words';

/** The `quotes` words of a language, as a lookup. */
export function testLookup(lang: Language): QuoteLookup {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: ['quotes'],
    defaultNS: 'quotes',
    resources: { [lang]: { quotes: lang === 'fr' ? fr : en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const fixed = instance.getFixedT(lang, 'quotes');
  return (key, values) => fixed(key, values ?? {}) as string;
}

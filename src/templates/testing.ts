import i18next from 'i18next';
import enReviews from '../../locales/en/reviews.json';
import enSocial from '../../locales/en/social.json';
import frReviews from '../../locales/fr/reviews.json';
import frSocial from '../../locales/fr/social.json';
import type { Language } from '../domain/languages';
import type { TemplateFamily, Translate } from './types';

const BANKS: Record<Language, Record<TemplateFamily, Record<string, unknown>>> = {
  fr: { reviews: frReviews, social: frSocial },
  en: { reviews: enReviews, social: enSocial },
};

/** A synchronous lookup over the real phrase banks, for unit tests (the app loads them lazily). */
export function testTranslator(lang: Language, family: TemplateFamily): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    ns: [family],
    defaultNS: family,
    resources: { [lang]: { [family]: BANKS[lang][family] } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const fixed = instance.getFixedT(lang, family);
  return (key, options) => fixed(key, options);
}

/** The phrase bank of a family in a language, as JSON. */
export function phraseBank(lang: Language, family: TemplateFamily): Record<string, unknown> {
  return BANKS[lang][family];
}

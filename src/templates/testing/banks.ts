// The real phrase banks for tests and benchmarks (the app loads them lazily through i18n).
import enReviews from '../../../locales/en/reviews.json';
import enSocial from '../../../locales/en/social.json';
import frReviews from '../../../locales/fr/reviews.json';
import frSocial from '../../../locales/fr/social.json';
import type { Language } from '../../domain/languages';
import type { PhraseBank, TemplateFamily } from '../types';

const BANKS: Record<Language, Record<TemplateFamily, PhraseBank>> = {
  fr: { reviews: frReviews, social: frSocial },
  en: { reviews: enReviews, social: enSocial },
};

/** The phrase bank of a family in a language, as shipped. */
export function phraseBank(lang: Language, family: TemplateFamily): PhraseBank {
  return BANKS[lang][family];
}

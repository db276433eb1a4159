import type { TOptions } from 'i18next';
import { language, t, translatorFor } from '../../i18n';
import type { QuoteLookup } from './words';

/** A string of the `quotes` namespace (loaded with the quote screens); reactive like `t`. */
export function tq(key: string, options?: TOptions): string {
  return t(key, { ...options, ns: 'quotes' });
}

/** The `quotes` words as a lookup in the UI language (for rules, templates and the PDF). */
export function uiLookup(): QuoteLookup {
  const lang = language();
  const fixed = translatorFor(lang, 'quotes');
  return (key, values) => String(fixed(key, values ?? {}));
}

import { language, translatorFor } from '../../i18n';
import type { QuoteLookup } from './words';

/**
 * The `quotes` words as a lookup in the UI language, for the rules, the guided templates and the
 * PDF (which take a lookup, not `t`); screens look their words up with `t` and the namespace.
 */
export function uiLookup(): QuoteLookup {
  const lang = language();
  const fixed = translatorFor(lang, 'quotes');
  return (key, values) => String(fixed(key, values ?? {}));
}

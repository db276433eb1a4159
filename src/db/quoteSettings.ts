import { DEVICE_PREFIX } from '../domain/quotes';
import { readMeta, writeMeta } from './meta';

/** How this device writes its quotes: numbering prefix and the defaults of a new quote. */
export interface QuoteSettings {
  /** Short prefix of this device's number series (teams): empty for D-YYYY-NNNN. */
  devicePrefix: string;
  validityDays: number;
  paymentTerms: string;
  executionTerms: string;
}

/** Settings of a device that never changed them. */
export const DEFAULT_QUOTE_SETTINGS: QuoteSettings = {
  devicePrefix: '',
  validityDays: 30,
  paymentTerms: '',
  executionTerms: '',
};

const KEY = 'quoteSettings';

/** The saved quote settings, with defaults for what was never set. */
export async function loadQuoteSettings(): Promise<QuoteSettings> {
  return { ...DEFAULT_QUOTE_SETTINGS, ...(await readMeta<Partial<QuoteSettings>>(KEY)) };
}

/** Saves the quote settings; a prefix that is not 1–4 capitals or digits is refused. */
export async function saveQuoteSettings(settings: QuoteSettings): Promise<void> {
  if (settings.devicePrefix !== '' && !DEVICE_PREFIX.test(settings.devicePrefix)) {
    throw new RangeError(`Invalid device prefix ${settings.devicePrefix}`);
  }
  await writeMeta(KEY, { ...settings });
}

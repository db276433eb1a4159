// The quote's words in one language, built from a lookup in the `quotes` namespace. The screens
// pass the app's translator; the PDF passes one fixed to the quote's language.
import type { Language } from '../../domain/languages';
import { intlLocale } from '../../i18n/format';
import type { Formatter, Mention } from './rules/mentions';
import type { TemplateWords } from './templates';

/** A lookup in the `quotes` namespace. */
export type QuoteLookup = (key: string, values?: Record<string, unknown>) => string;

/** Words of the guided templates. */
export function templateWords(lookup: QuoteLookup): TemplateWords {
  return {
    option: (template, question, option) =>
      lookup(`templates.${template}.q.${question}.options.${option}`),
    line: (template, line, values) =>
      capitalize(lookup(`templates.${template}.lines.${line}`, values)),
    section: (section) => lookup(`sections.${section}`),
  };
}

/** Money, days and rates written for `lang` (French: 1 234,56 €, 12 mars 2026, 5,5 %). */
export function quoteFormatter(
  lang: Language,
): Formatter & { rate(basisPoints: number): string; quantity(milli: number): string } {
  const locale = intlLocale(lang);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return {
    money: (cents) => money.format(cents / 100),
    date: (at) => date.format(at),
    rate: (basisPoints) => percent.format(basisPoints / 10_000),
    quantity: (milli) => quantity.format(milli / 1000),
  };
}

/** The text of a mention. */
export function mentionText(lookup: QuoteLookup, mention: Mention): string {
  return lookup(`mentions.${mention.id}`, mention.values);
}

/** The label of a unit id, or the artisan's own word as typed. */
export function unitLabel(lookup: QuoteLookup, unit: string): string {
  const key = `units.${unit}`;
  const label = lookup(key);
  return label === key ? unit : label;
}

/** The text with its first letter in capitals (a designation may start with an option's label). */
function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

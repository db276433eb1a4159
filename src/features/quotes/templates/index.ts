import type { QuoteItem } from '../../../db/schema';
import { QUOTE_LIMITS } from '../../../domain/quotes';
import type { Trade } from '../../../domain/trades';
import { newLine, newSection } from '../rules/content';
import { formatCentsInput, formatScaled, parseDecimal } from '../rules/decimal';
import { paintRoom, socketsCircuit, tiling, waterHeater, windows } from './building';
import { bakerOrder, beautyPackage, catererBuffet, shelving } from './others';
import type { QuoteAnswers, QuoteQuestion, QuoteTemplate, ReadAnswers } from './types';
import { carService, petGrooming } from './vehiclesAnimals';

export type { QuoteAnswers, QuoteQuestion, QuoteTemplate } from './types';

/** Every guided quote, building trades first. */
export const QUOTE_TEMPLATES: readonly QuoteTemplate[] = [
  paintRoom,
  waterHeater,
  socketsCircuit,
  windows,
  tiling,
  bakerOrder,
  catererBuffet,
  beautyPackage,
  carService,
  petGrooming,
  shelving,
];

/** The id of a quote started from a blank page (for time saved and the outbox). */
export const BLANK_TEMPLATE_ID = 'quote-blank';

/** A guided quote by id. */
export function quoteTemplate(id: string): QuoteTemplate | undefined {
  return QUOTE_TEMPLATES.find((template) => template.id === id);
}

/** Templates for a trade first (those naming it), then the rest of its family, then the others. */
export function templatesFor(trade: Trade | ''): QuoteTemplate[] {
  const rank = (template: QuoteTemplate) =>
    trade !== '' && template.trades.includes(trade) ? 0 : 1;
  return [...QUOTE_TEMPLATES].sort((a, b) => rank(a) - rank(b));
}

/** The answers a template starts with. */
export function initialAnswers(template: QuoteTemplate): QuoteAnswers {
  return Object.fromEntries(template.questions.map((q) => [q.id, q.initial]));
}

/** `null` when a number answer is fine, else the problem's locale key under `problems`. */
export function answerProblem(
  question: QuoteQuestion,
  value: string | boolean | undefined,
): string | null {
  if (question.kind !== 'number') return null;
  const parsed = parseDecimal(String(value ?? ''), question.decimals);
  if (!parsed.ok) return parsed.problem;
  const scaled = parsed.value / 10 ** question.decimals;
  if (scaled < question.min) return 'tooSmall';
  if (scaled > question.max) return 'tooLarge';
  return null;
}

/** Reads answers for `build`; an unreadable number counts as 0 (the form shows the problem). */
function reader(
  template: QuoteTemplate,
  answers: QuoteAnswers,
  optionLabel: (question: string, option: string) => string,
): ReadAnswers {
  const question = (id: string) => template.questions.find((q) => q.id === id);
  const value = (id: string) => answers[id] ?? question(id)?.initial;
  return {
    milli(id) {
      const parsed = parseDecimal(String(value(id) ?? ''), 3);
      return parsed.ok ? parsed.value : 0;
    },
    count(id) {
      return Math.round(this.milli(id) / 1000);
    },
    choice: (id) => String(value(id) ?? ''),
    toggle: (id) => value(id) === true,
    label: (id) => optionLabel(id, String(value(id) ?? '')),
  };
}

/** Words of a template, in the quote's language. */
export interface TemplateWords {
  option(template: string, question: string, option: string): string;
  line(template: string, line: string, values: Record<string, string | number>): string;
  section(section: string): string;
}

/**
 * The editable rows a guided quote proposes: sections with their lines, quantities and prices
 * written as the artisan would type them, at most QUOTE_LIMITS.items rows.
 */
export function proposeItems(
  template: QuoteTemplate,
  answers: QuoteAnswers,
  words: TemplateWords,
): QuoteItem[] {
  const read = reader(template, answers, (question, option) =>
    words.option(template.id, question, option),
  );
  const items: QuoteItem[] = [];
  for (const section of template.build(read)) {
    const lines = section.lines.filter((line) => line.quantity > 0);
    if (lines.length === 0) continue;
    items.push(newSection(words.section(section.section)));
    for (const line of lines) {
      items.push(
        newLine(line.vatRate, {
          designation: words.line(template.id, line.line, line.values ?? {}),
          quantity: formatScaled(line.quantity, 3),
          unit: line.unit,
          unitPrice: formatCentsInput(line.unitPrice),
        }),
      );
    }
  }
  return items.slice(0, QUOTE_LIMITS.items);
}

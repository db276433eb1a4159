import { describe, expect, it } from 'vitest';
import type { QuoteLine } from '../../../db/schema';
import { QUOTE_UNITS, VAT_RATES } from '../../../domain/quotes';
import { TRADE_FAMILIES } from '../../../domain/trades';
import { quoteTotals } from '../rules/totals';
import { testLookup } from '../testing';
import { templateWords } from '../words';
import {
  answerProblem,
  initialAnswers,
  proposeItems,
  QUOTE_TEMPLATES,
  quoteTemplate,
  templatesFor,
} from './index';
import type { QuoteAnswers, QuoteTemplate } from './types';

/** Plausible answers: every number question gets a typical value, choices and toggles their initial one. */
function sampleAnswers(template: QuoteTemplate): QuoteAnswers {
  const answers = initialAnswers(template);
  for (const question of template.questions) {
    if (question.kind === 'number')
      answers[question.id] = String(Math.max(question.min, Math.min(question.max, 12)));
  }
  return answers;
}

/** Every combination of choice options and toggles, one question varying at a time. */
function variations(template: QuoteTemplate): QuoteAnswers[] {
  const base = sampleAnswers(template);
  const all: QuoteAnswers[] = [base];
  for (const question of template.questions) {
    if (question.kind === 'choice')
      for (const option of question.options) all.push({ ...base, [question.id]: option });
    if (question.kind === 'toggle') all.push({ ...base, [question.id]: !question.initial });
  }
  return all;
}

describe('the guided quotes', () => {
  it('cover every trade family, with at least three for building', () => {
    const count = (family: string) => QUOTE_TEMPLATES.filter((t) => t.family === family).length;
    expect(count('building')).toBeGreaterThanOrEqual(3);
    for (const family of TRADE_FAMILIES) expect(count(family), family).toBeGreaterThanOrEqual(1);
    expect(new Set(QUOTE_TEMPLATES.map((t) => t.id)).size).toBe(QUOTE_TEMPLATES.length);
    for (const template of QUOTE_TEMPLATES) expect(template.id).toMatch(/^quote-[a-z0-9-]+$/);
  });

  it("propose the trade's own templates first", () => {
    expect(templatesFor('plumber')[0]?.id).toBe('quote-water-heater');
    expect(templatesFor('baker')[0]?.id).toBe('quote-baker-order');
    expect(templatesFor('')).toHaveLength(QUOTE_TEMPLATES.length);
    expect(quoteTemplate('quote-window')?.family).toBe('building');
  });

  for (const lang of ['fr', 'en'] as const) {
    const lookup = testLookup(lang);
    const words = templateWords(lookup);
    it.each(QUOTE_TEMPLATES.map((t) => [t.id, t] as const))(
      `%s proposes priced, worded lines in ${lang}`,
      (_, template) => {
        expect(lookup(`templates.${template.id}.title`)).not.toContain('templates.');
        for (const question of template.questions) {
          expect(lookup(`templates.${template.id}.q.${question.id}.label`)).not.toContain(
            'templates.',
          );
          if (question.kind === 'choice')
            for (const option of question.options) {
              expect(words.option(template.id, question.id, option)).not.toContain('templates.');
            }
        }
        for (const answers of variations(template)) {
          const items = proposeItems(template, answers, words);
          const lines = items.filter((item): item is QuoteLine => item.type === 'line');
          expect(lines.length).toBeGreaterThan(0);
          expect(items[0]?.type).toBe('section');
          for (const line of lines) {
            expect(line.designation).not.toMatch(/templates\.|\{\{|undefined|NaN/);
            expect(QUOTE_UNITS).toContain(line.unit);
            expect(VAT_RATES).toContain(line.vatRate);
          }
          const totals = quoteTotals({ ...emptyish(), items }, true);
          for (const computed of totals.lines.values()) {
            expect(computed.problems).toEqual({});
            expect(computed.total).toBeGreaterThan(0);
          }
        }
      },
    );
  }

  it('paints a room at 10 % in an old home, with the touch-up pot at 20 %', () => {
    const template = quoteTemplate('quote-paint-room')!;
    const words = templateWords(testLookup('fr'));
    const answers = { ...initialAnswers(template), walls: '42,5', ceiling: '14', touchUp: true };
    const lines = proposeItems(template, answers, words).filter(
      (item): item is QuoteLine => item.type === 'line',
    );
    const walls = lines.find((line) => line.designation.startsWith('Peinture des murs'));
    expect(walls).toMatchObject({ quantity: '42,5', unit: 'm2', unitPrice: '23', vatRate: 1000 });
    expect(walls?.designation).toBe(
      'Peinture des murs, 2 couches, finition velours\nImpression comprise, fourniture et application',
    );
    expect(lines.map((line) => line.vatRate)).toEqual([1000, 1000, 1000, 1000, 1000, 2000]);
    const newHome = proposeItems(template, { ...answers, oldHome: false }, words).filter(
      (item): item is QuoteLine => item.type === 'line',
    );
    expect(newHome.every((line) => line.vatRate === 2000)).toBe(true);
  });

  it('names what is wrong with a number answer', () => {
    const template = quoteTemplate('quote-paint-room')!;
    const walls = template.questions[0]!;
    expect(answerProblem(walls, '')).toBe('empty');
    expect(answerProblem(walls, '-3')).toBe('negative');
    expect(answerProblem(walls, '3000')).toBe('tooLarge');
    expect(answerProblem(walls, '12,345')).toBe('decimals');
    expect(answerProblem(walls, '42,5')).toBeNull();
  });
});

function emptyish() {
  return {
    title: '',
    customerId: null,
    items: [],
    travel: '',
    travelVatRate: 2000 as const,
    discount: { kind: 'percent' as const, value: '' },
    deposit: { kind: 'percent' as const, value: '' },
    validityDays: '30',
    startDate: '',
    leadTime: '',
    paymentTerms: '',
    executionTerms: '',
    notes: '',
    quotePrice: '',
    offPremises: true,
    receivedBeforeWork: true,
    reducedRateCertification: true,
  };
}

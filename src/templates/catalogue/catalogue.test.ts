import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/languages';
import { TRADES, type Trade } from '../../domain/trades';
import { checkText } from '../checks';
import { composeText, visibleQuestions } from '../engine';
import { testTranslator } from '../testing';
import type { AnswerValue, ComposeContext, Question, TemplateDefinition } from '../types';
import { FAMILIES, findTemplate, TEMPLATES } from '.';

const LONG = 'Crème brûlée façon maison, très appréciée ';

/** The longest answer each question accepts. */
function longest(question: Question): AnswerValue | undefined {
  switch (question.kind) {
    case 'text':
      return LONG.repeat(Math.ceil(question.maxLength / LONG.length)).slice(0, question.maxLength);
    case 'number':
      return question.max;
    case 'rating':
      return 5;
    case 'date':
      return '2026-12-31';
    case 'multiple':
      return question.options.slice(0, question.max ?? question.options.length);
    case 'single':
      return question.options[question.options.length - 1];
  }
}

/** Answers every visible question with its longest value (conditions re-evaluated as it goes). */
function longestAnswers(
  template: TemplateDefinition,
  platform: string,
): Record<string, AnswerValue | undefined> {
  const answers: Record<string, AnswerValue | undefined> = { platform };
  for (let pass = 0; pass < 3; pass += 1) {
    for (const question of visibleQuestions(template, answers)) {
      if (question.id === 'platform') continue;
      answers[question.id] ??= longest(question);
    }
  }
  return answers;
}

function contextFor(
  template: TemplateDefinition,
  platform: string,
  trade: Trade | '',
): ComposeContext {
  return {
    company: {
      name: 'Plâtrerie Martin & Fils, artisans depuis 1998',
      phone: '04 78 12 34 56',
      email: 'contact@platrerie-martin.fr',
      city: 'Saint-Rémy-de-Provence',
      trade,
    },
    tone: 'vous',
    platform: (template.platforms.find((p) => p === platform) ?? template.platforms[0])!,
  };
}

describe('the catalogue', () => {
  it('holds at least 8 review replies and 8 social formats with unique, sync-safe ids', () => {
    expect(TEMPLATES.filter((t) => t.family === 'reviews').length).toBeGreaterThanOrEqual(8);
    expect(TEMPLATES.filter((t) => t.family === 'social').length).toBeGreaterThanOrEqual(8);
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,64}$/);
    expect(FAMILIES).toEqual(['reviews', 'social']);
    expect(findTemplate(ids[0] ?? '')).toBe(TEMPLATES[0]);
    expect(findTemplate('nope')).toBeUndefined();
  });

  for (const template of TEMPLATES) {
    describe(template.id, () => {
      it('has a baseline of minutes and at least one platform', () => {
        expect(template.baselineMinutes).toBeGreaterThan(0);
        expect(template.baselineMinutes).toBeLessThanOrEqual(60);
        expect(template.platforms.length).toBeGreaterThan(0);
      });

      for (const lang of LANGUAGES) {
        const t = testTranslator(lang, template.family);
        for (const platform of template.platforms) {
          for (const trade of ['', ...Object.keys(TRADES).slice(0, 1), 'baker'] as Array<
            Trade | ''
          >) {
            it(`${lang} · ${platform} · trade "${trade}": complete, deterministic, within limits`, () => {
              const context = contextFor(template, platform, trade);
              for (const tone of ['vous', 'tu'] as const) {
                for (const answers of [{ platform }, longestAnswers(template, platform)]) {
                  const text = composeText(template, answers, { ...context, tone }, t);
                  expect(text.trim().length).toBeGreaterThan(20);
                  expect(text).not.toMatch(
                    /\{\{|\}\}|phrases\.|catalogue\.|questions\.|undefined|null|NaN/,
                  );
                  expect(composeText(template, answers, { ...context, tone }, t)).toBe(text);
                  const findings = checkText(text, context.platform, {
                    allow: [context.company.phone, context.company.email],
                  }).findings;
                  expect(findings.filter((f) => f.code === 'too-long')).toEqual([]);
                }
              }
            });
          }
        }
      }
    });
  }
});

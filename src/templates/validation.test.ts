// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SOCIAL_TEMPLATES } from './catalogue/social';
import { missingAnswers, visibleQuestions } from './engine';
import { sampleContext } from './testing/samples';
import type { Answers, Question } from './types';
import { answerProblem, isoDay } from './validation';

const offer = SOCIAL_TEMPLATES.find((template) => template.id === 'post-offer')!;
const context = sampleContext({ language: 'fr', platform: 'facebook' });
const question = (id: string, answers: Answers): Question =>
  visibleQuestions(offer, answers, context).find((found) => found.id === id)!;
const TODAY = '2026-06-15';

describe('an offer’s commitments', () => {
  it('have no default value: nothing is chosen for the artisan', () => {
    for (const id of ['offerKind', 'percent', 'amount', 'endDate']) {
      const spec = offer.questions.find((found) => found.id === id)!;
      expect('initial' in spec ? spec.initial : undefined, id).toBeUndefined();
      expect(spec.required, id).toBe(true);
    }
  });

  it('take a discount from 1 to 90 % and an amount above zero', () => {
    const percent = question('percent', { offerKind: 'percent' });
    expect(answerProblem(percent, undefined)).toEqual({ code: 'required' });
    expect(answerProblem(percent, '  ')).toEqual({ code: 'required' });
    expect(answerProblem(percent, 0)).toEqual({ code: 'range', min: 1, max: 90 });
    expect(answerProblem(percent, 200)).toEqual({ code: 'range', min: 1, max: 90 });
    expect(answerProblem(percent, 1)).toBeUndefined();
    expect(answerProblem(percent, 90)).toBeUndefined();
    const amount = question('amount', { offerKind: 'amount' });
    expect(answerProblem(amount, 0)).toEqual({ code: 'range', min: 1, max: 5000 });
    expect(answerProblem(amount, -20)?.code).toBe('range');
    expect(answerProblem(amount, 30)).toBeUndefined();
  });

  it('refuse an end date in the past, today and later being fine', () => {
    const end = question('endDate', {});
    expect(answerProblem(end, '2026-06-14', TODAY)).toEqual({ code: 'past' });
    expect(answerProblem(end, '2026-06-15', TODAY)).toBeUndefined();
    expect(answerProblem(end, '2027-01-02', TODAY)).toBeUndefined();
    expect(answerProblem(end, 'not a day', TODAY)).toEqual({ code: 'required' });
    // Without a clock the rule cannot be checked: composition and tests stay pure.
    expect(answerProblem(end, '2020-01-01')).toBeUndefined();
  });

  it('keep the text from validation until every commitment is right', () => {
    const missing = (answers: Answers) =>
      missingAnswers(offer, answers, context, TODAY).map((found) => found.id);
    expect(missing({})).toEqual(['offerKind', 'endDate']);
    expect(missing({ offerKind: 'percent', endDate: '2026-06-30' })).toEqual(['percent']);
    expect(missing({ offerKind: 'percent', percent: 95, endDate: '2026-06-30' })).toEqual([
      'percent',
    ]);
    expect(missing({ offerKind: 'amount', amount: 0, endDate: '2026-06-30' })).toEqual(['amount']);
    expect(missing({ offerKind: 'percent', percent: 20, endDate: '2026-06-01' })).toEqual([
      'endDate',
    ]);
    expect(missing({ offerKind: 'percent', percent: 20, endDate: TODAY })).toEqual([]);
  });
});

describe('isoDay', () => {
  it('writes the local day, as a date field does', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30).getTime())).toBe('2026-01-05');
  });
});

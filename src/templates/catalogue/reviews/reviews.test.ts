// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../domain/languages';
import { findPersonalData } from '../../checks';
import { composeText, visibleQuestions } from '../../engine';
import { phraseBank } from '../../testing/banks';
import { SAMPLE_EMAIL, SAMPLE_PHONE, sampleContext, typicalAnswers } from '../../testing/samples';
import type { Answers, ComposeContext } from '../../types';
import { REVIEW_TEMPLATES } from '.';

const find = (id: string) => REVIEW_TEMPLATES.find((t) => t.id === id)!;
const NEGATIVE = REVIEW_TEMPLATES.filter(
  (t) => t.id.startsWith('review-negative') || t.id === 'review-not-a-customer',
);
const context = (overrides: Parameters<typeof sampleContext>[0] | object = {}): ComposeContext =>
  sampleContext({ language: 'fr', platform: 'google-review-reply', ...overrides });
const compose = (id: string, answers: Answers, ctx = context()) =>
  composeText(find(id), answers, ctx, phraseBank(ctx.language, 'reviews'), { seed: 'review' });

describe('review replies', () => {
  it('start each template at the stars of its scenario', () => {
    const initial = (id: string) => find(id).questions.find((q) => q.id === 'stars');
    expect(initial('review-five-stars-text')).toMatchObject({ initial: 5 });
    expect(initial('review-four-stars')).toMatchObject({ initial: 4 });
    for (const template of NEGATIVE)
      expect(initial(template.id)).toMatchObject({ initial: expect.any(Number) });
  });

  it.each(LANGUAGES)('give the company phone and e-mail, never the customer’s (%s)', (language) => {
    for (const template of NEGATIVE) {
      const ctx = context({ language });
      const answers = typicalAnswers(template, ctx);
      const both = compose(template.id, answers, ctx);
      expect(both, template.id).toContain(SAMPLE_PHONE);
      expect(both, template.id).toContain(SAMPLE_EMAIL);
      expect(compose(template.id, answers, context({ language, email: '' }))).toContain(
        SAMPLE_PHONE,
      );
      expect(compose(template.id, answers, context({ language, phone: '' }))).toContain(
        SAMPLE_EMAIL,
      );
      const none = compose(template.id, answers, context({ language, phone: '', email: '' }));
      expect(findPersonalData(none), template.id).toEqual([]);
    }
  });

  it('promise nothing in public: a refund or a redo becomes a solution to discuss', () => {
    for (const offer of ['refund', 'redo']) {
      const text = compose('review-negative-quality', { offer: [offer] });
      expect(text).toMatch(/solution|proposition/);
      expect(text).not.toMatch(/rembours|gratuit|geste/);
    }
  });

  it('name the job when the artisan says which it was', () => {
    const text = compose('review-negative-delay', { job: 'le remplacement du chauffe-eau' });
    expect(text).toContain('remplacement du chauffe-eau');
    expect(text).not.toContain('de le remplacement');
  });

  it('speak as one person when the business is one person', () => {
    const text = compose(
      'review-negative-delay',
      typicalAnswers(find('review-negative-delay'), context()),
      context({ voice: 'je' }),
    );
    expect(text).toMatch(/(?<!\p{L})(je|j’|mon|mes|me|m’)(?!\p{L})/iu);
    expect(text).not.toMatch(/(?<!\p{L})(nous|notre|nos)(?!\p{L})/iu);
  });

  it('invite back in words that fit each trade family', () => {
    const trades = [
      'mason',
      'baker',
      'hairdresser',
      'mechanic',
      'pet-groomer',
      'potter',
      '',
    ] as const;
    const texts = trades.map((trade) =>
      compose('review-five-stars-no-text', {}, context({ trade })),
    );
    expect(new Set(texts).size).toBe(trades.length);
  });

  it('set the tone of a bare rating from its stars', () => {
    for (const stars of [1, 2, 3])
      expect(compose('review-rating-only', { stars })).toContain(SAMPLE_PHONE);
    for (const stars of [4])
      expect(compose('review-rating-only', { stars })).not.toContain(SAMPLE_PHONE);
    const asked = (stars: number) =>
      visibleQuestions(find('review-rating-only'), { stars }, context()).map((q) => q.id);
    expect(asked(4)).toContain('detail');
    expect(asked(2)).toContain('offer');
    expect(asked(2)).not.toContain('detail');
  });

  it('ask where a price gap came from only when there is one', () => {
    const asked = (issue: string) =>
      visibleQuestions(find('review-negative-price'), { issue }, context()).map((q) => q.id);
    expect(asked('above-quote')).toContain('reason');
    expect(asked('too-expensive')).not.toContain('reason');
    expect(
      compose('review-negative-price', { issue: 'too-expensive', reason: 'our-mistake' }),
    ).not.toMatch(/erreur de notre part/);
  });

  it('ignore chip ids and answers they do not know', () => {
    const odd: Answers = { stars: 42, offer: ['hug'], issue: 'x', point: 7, detail: ['a'] };
    for (const template of REVIEW_TEMPLATES) {
      expect(compose(template.id, odd)).not.toMatch(/phrases\.|\{\{|\[/);
    }
  });
});

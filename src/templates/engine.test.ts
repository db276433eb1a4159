import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  answerList,
  answerNumber,
  answerText,
  composeText,
  isAnswered,
  variantCount,
  visibleQuestions,
  withInitialAnswers,
} from './engine';
import type { ComposeContext, TemplateDefinition, Translate } from './types';

const bank = {
  hello: ['Bonjour {{name}},', 'Salutations {{name}},'],
  hello_tu: ['Salut {{name}} !'],
  thanks: 'Merci pour votre avis.',
  thanks_tu: 'Merci pour ton avis.',
  items_one: '{{count}} article',
  items_other: '{{count}} articles',
  empty: [],
};

function translator(): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'fr',
    resources: { fr: { t: bank } },
    ns: ['t'],
    defaultNS: 't',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const fixed = instance.getFixedT('fr', 't');
  return (key, options) => fixed(key, options);
}

const definition: TemplateDefinition = {
  id: 'test-template',
  family: 'reviews',
  kind: 'review-reply',
  trades: ['building'],
  baselineMinutes: 10,
  category: 'customer-relations',
  platforms: ['google-review-reply'],
  questions: [
    { id: 'name', kind: 'text', maxLength: 20 },
    { id: 'stars', kind: 'rating', initial: 4 },
    { id: 'why', kind: 'single', options: ['a', 'b'], when: (answers) => answers.stars === 1 },
  ],
  compose: (answers) => [
    [{ key: 'hello', vars: { name: answerText(answers, 'name') } }],
    [{ key: 'thanks' }, null, { text: `(${answerNumber(answers, 'stars')})` }],
    [{ key: 'items', count: 2 }, { key: 'empty' }],
  ],
};

const context: ComposeContext = {
  company: { name: 'Atelier', phone: '', email: '', city: 'Lyon', trade: '' },
  tone: 'vous',
  platform: 'google-review-reply',
};

describe('composeText', () => {
  const t = translator();

  it('joins parts with spaces and paragraphs with a blank line, using initial answers', () => {
    expect(composeText(definition, { name: 'Marie' }, context, t)).toBe(
      'Bonjour Marie,\n\nMerci pour votre avis. (4)\n\n2 articles',
    );
  });

  it('walks variants with the variant number, wrapping around', () => {
    const second = composeText(definition, { name: 'Marie' }, context, t, 1);
    expect(second.startsWith('Salutations Marie,')).toBe(true);
    expect(composeText(definition, { name: 'Marie' }, context, t, 2)).toBe(
      composeText(definition, { name: 'Marie' }, context, t, 0),
    );
    expect(variantCount(definition, {}, context, t)).toBe(2);
  });

  it('uses the familiar wording when the tone is tu, falling back where none exists', () => {
    const text = composeText(definition, { name: 'Léo' }, { ...context, tone: 'tu' }, t);
    expect(text).toBe('Salut Léo !\n\nMerci pour ton avis. (4)\n\n2 articles');
  });

  it('is deterministic and never interprets typed markup', () => {
    const answers = { name: '<b>Jo</b>' };
    const first = composeText(definition, answers, context, t);
    expect(composeText(definition, answers, context, t)).toBe(first);
    expect(first).toContain('<b>Jo</b>');
  });
});

describe('questions and answers', () => {
  it('shows a question only when its condition holds', () => {
    expect(visibleQuestions(definition, { stars: 4 }).map((q) => q.id)).toEqual(['name', 'stars']);
    expect(visibleQuestions(definition, { stars: 1 }).map((q) => q.id)).toEqual([
      'name',
      'stars',
      'why',
    ]);
  });

  it('fills initial values without overriding answers', () => {
    expect(withInitialAnswers(definition, {})).toEqual({ stars: 4 });
    expect(withInitialAnswers(definition, { stars: 2 })).toEqual({ stars: 2 });
  });

  it('reads answers by type', () => {
    expect(answerText({ a: '  x ' }, 'a')).toBe('x');
    expect(answerText({ a: ['x', 'y'] }, 'a')).toBe('x, y');
    expect(answerNumber({ a: '3' }, 'a')).toBeUndefined();
    expect(answerList({ a: 'x' }, 'a')).toEqual(['x']);
    expect(answerList({}, 'a')).toEqual([]);
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered(Number.NaN)).toBe(false);
  });
});

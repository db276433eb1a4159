import { describe, expect, it } from 'vitest';
import {
  answerList,
  answerNumber,
  answerText,
  composeText,
  explainComposition,
  isAnswered,
  missingAnswers,
  visibleQuestions,
  withInitialAnswers,
  wordingCycle,
} from './engine';
import { amount, day, single, typed } from './questions';
import type { Answers, ComposeContext, PhraseBank, TemplateDefinition } from './types';

const bank: PhraseBank = {
  words: { place: { any: 'à l’atelier', baker: 'au fournil', food: 'au laboratoire' } },
  phrases: {
    hello: ['Bonjour {{name}},', 'Salut {{name}},'],
    thanks: '{Merci pour votre avis|Merci pour ton avis}, [il nous touche|il me touche].',
    scene: 'Tout se passe {{@place}}.',
    visit: { any: 'Passez quand vous voulez.', linkedin: 'Une visite professionnelle ?' },
    town: 'Au service de {{city}}.',
    size: { one: '{{a}}.', two: '{{a}} et {{b}}.' },
    word: { big: 'grand', small: 'petit' },
    count: '{{n}} articles',
  },
  hashtags: { topic: '#atelier', list: ['#artisan', '#savoirfaire'] },
};

const definition: TemplateDefinition = {
  id: 'test-template',
  family: 'reviews',
  kind: 'review-reply',
  trades: ['building'],
  baselineMinutes: 10,
  category: 'customer-relations',
  platforms: ['google-review-reply'],
  questions: [
    typed('name', 20),
    { id: 'stars', kind: 'rating', initial: 4 },
    single('why', (scope) => (scope.family === 'food' ? ['taste'] : ['finish', 'delay']), {
      when: (answers) => answers.stars === 1,
    }),
    day('from', { required: true }),
    amount('percent', 5, 90),
  ],
  compose: (c) => [
    [c.say('hello', { name: c.text('name') })],
    [c.say('thanks'), c.say('scene'), c.say('visit')],
    [c.say('town'), c.listOf('size', 'word', ['big', 'small'])],
    [c.say('count', { n: 1234 }), c.sayFirst(['missing', 'town'])],
    [
      {
        hashtags: [
          { key: 'hashtags.topic' },
          { words: c.context.company.city },
          { key: 'hashtags.list' },
        ],
      },
    ],
  ],
};

function context(
  overrides: Partial<ComposeContext> = {},
  company: Partial<ComposeContext['company']> = {},
): ComposeContext {
  return {
    language: 'fr',
    company: {
      name: 'Atelier',
      phone: '',
      email: '',
      city: 'Annecy',
      trade: '',
      voice: 'nous',
      ...company,
    },
    tone: 'vous',
    platform: 'instagram',
    ...overrides,
  };
}

describe('composeText', () => {
  it('fills values, words and forms, joins them by grammar and typesets the result', () => {
    const text = composeText(definition, { name: 'marie' }, context(), bank, { seed: 'a' });
    const [greeting, body, town, count, tags] = text.split('\n\n');
    expect(['Bonjour marie,', 'Salut marie,']).toContain(greeting);
    expect(body).toBe(
      'Merci pour votre avis, il nous touche. Tout se passe à l’atelier. Passez quand vous voulez.',
    );
    expect(town).toBe('Au service d’Annecy. Grand et petit.');
    expect(count).toBe('1\u202F234 articles Au service d’Annecy.');
    expect(tags).toBe('#atelier #annecy #artisan #savoirfaire');
  });

  it('speaks as one person in tu, and picks the words of the trade, then its family', () => {
    const baker = composeText(
      definition,
      {},
      context({ tone: 'tu' }, { voice: 'je', trade: 'baker' }),
      bank,
    );
    expect(baker).toContain('Merci pour ton avis, il me touche. Tout se passe au fournil.');
    const butcher = composeText(definition, {}, context({}, { trade: 'butcher' }), bank);
    expect(butcher).toContain('Tout se passe au laboratoire.');
  });

  it('uses a platform’s own wording and never « tu » on LinkedIn', () => {
    const text = composeText(definition, {}, context({ platform: 'linkedin', tone: 'tu' }), bank);
    expect(text).toContain('Une visite professionnelle\u202F?');
    expect(text).toContain('Merci pour votre avis');
  });

  it('chooses each phrase’s wording from the seed; another wording always changes the text', () => {
    const seeds = ['doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-5', 'doc-6', 'doc-7', 'doc-8'];
    const openings = new Set(
      seeds.map(
        (seed) => composeText(definition, { name: 'Léa' }, context(), bank, { seed }).split(',')[0],
      ),
    );
    expect(openings.size).toBe(2);
    const first = composeText(definition, {}, context(), bank, { seed: 'x', variant: 0 });
    const second = composeText(definition, {}, context(), bank, { seed: 'x', variant: 1 });
    expect(second).not.toBe(first);
    expect(composeText(definition, {}, context(), bank, { seed: 'x', variant: 2 })).toBe(first);
    expect(composeText(definition, {}, context(), bank, { seed: 'x', variant: 0 })).toBe(first);
    expect(wordingCycle(definition, {}, context(), bank)).toBe(2);
  });

  it('reports what the bank lacks, and never interprets typed markup or alternations', () => {
    const missing: string[] = [];
    const lacking = { ...bank, phrases: { ...(bank.phrases as object), visit: undefined } };
    composeText(definition, { name: '<b>[Jo|x]</b>' }, context(), lacking, {
      onMissing: (w) => missing.push(w),
    });
    expect(missing).toEqual(['phrases.visit']);
    expect(composeText(definition, { name: '<b>{Jo|x}</b>' }, context(), bank)).toContain(
      '<b>{Jo|x}</b>',
    );
  });

  it('explains every wording of every part, for the repetition guard', () => {
    const parts = explainComposition(definition, { name: 'Léa' }, context(), bank).flat();
    expect(parts[0]).toMatchObject({
      key: 'phrases.hello',
      wordings: ['Bonjour Léa,', 'Salut Léa,'],
    });
  });
});

describe('questions and answers', () => {
  it('shows a question only when its condition holds, with chips for the trade', () => {
    const ids = (answers: Answers, trade: '' | 'baker' = '') =>
      visibleQuestions(definition, answers, context({}, { trade })).map((q) => q.id);
    expect(ids({ stars: 4 })).toEqual(['name', 'stars', 'from', 'percent']);
    expect(ids({ stars: 1 })).toContain('why');
    const why = (trade: '' | 'baker') =>
      visibleQuestions(definition, { stars: 1 }, context({}, { trade })).find(
        (q) => q.id === 'why',
      );
    expect(why('baker')).toMatchObject({ options: ['taste'] });
    expect(why('')).toMatchObject({ options: ['finish', 'delay'] });
  });

  it('fills initial values without overriding answers', () => {
    expect(withInitialAnswers(definition, {}, context())).toEqual({ stars: 4 });
    expect(withInitialAnswers(definition, { stars: 2 }, context())).toEqual({ stars: 2 });
  });

  it('names what must be answered, or answered within bounds, before validation', () => {
    const missing = (answers: Answers) =>
      missingAnswers(definition, answers, context()).map((q) => q.id);
    expect(missing({})).toEqual(['from']);
    expect(missing({ from: '2026-05-01' })).toEqual([]);
    expect(missing({ from: '2026-05-01', percent: 200 })).toEqual(['percent']);
    expect(missing({ from: '2026-05-01', percent: 15 })).toEqual([]);
  });

  it('reads answers by type', () => {
    expect(answerText({ a: '  x ' }, 'a')).toBe('x');
    expect(answerText({ a: ['x', 'y'] }, 'a')).toBe('x, y');
    expect(answerNumber({ a: '3' }, 'a')).toBeUndefined();
    expect(answerNumber({ a: Number.NaN }, 'a')).toBeUndefined();
    expect(answerList({ a: 'x' }, 'a')).toEqual(['x']);
    expect(answerList({}, 'a')).toEqual([]);
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered(Number.NaN)).toBe(false);
  });
});

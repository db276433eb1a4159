import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/languages';
import type { Trade } from '../../domain/trades';
import { TRADE_FAMILIES } from '../../domain/trades';
import { checkText, findPersonalData } from '../checks';
import { composeText, visibleQuestions } from '../engine';
import { phraseBank, testTranslator } from '../testing';
import type { Answers, ComposeContext, TemplateDefinition, Tone } from '../types';
import { REVIEW_TEMPLATES } from './reviews';

const LANGUAGES: readonly Language[] = ['fr', 'en'];
const TONES: readonly Tone[] = ['vous', 'tu'];
const PHONE = '06 12 34 56 78';
const EMAIL = 'contact@martin-renovation.fr';
const T = { fr: testTranslator('fr', 'reviews'), en: testTranslator('en', 'reviews') };
const NEGATIVE = [
  'review-negative-delay',
  'review-negative-quality',
  'review-negative-price',
  'review-negative-communication',
  'review-not-a-customer',
];
// Words that argue with or accuse the reviewer: never in a reply.
const ARGUING =
  /(?<!\p{L})(faux|fausse|mensong\w*|menteu\w*|mentez|calomni\w*|diffam\w*|honte\w*|false|lies?|lying|liar|untrue|fake|slander\w*|defam\w*)(?!\p{L})/iu;
const VOUS = /(?<!\p{L})(vous|votre|vos|\p{L}+ez)(?!\p{L})/giu;
const NOT_VOUS = new Set(['assez', 'chez', 'nez']);
const TU = /(?<!\p{L})(?:(?:tu|ton|ta|tes|toi|te)(?!\p{L})|t')/iu;

/** A company profile; `overrides` empties or changes fields. */
function context(tone: Tone, overrides: Partial<ComposeContext['company']> = {}): ComposeContext {
  const company = { name: 'Martin Rénovation', phone: PHONE, email: EMAIL, city: 'Lyon' };
  const trade: Trade | '' = 'plasterer-painter';
  return { company: { ...company, trade, ...overrides }, tone, platform: 'google-review-reply' };
}

/** The words of a French text that address the reader as "vous" ("rendez-vous" aside). */
const vousWords = (text: string) =>
  [...text.replaceAll(/rendez-vous/giu, '').matchAll(VOUS)]
    .map((match) => (match[1] ?? '').toLowerCase())
    .filter((word) => !NOT_VOUS.has(word));

const find = (id: string) => {
  const template = REVIEW_TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
};

/** What an artisan typically answers: names, a short detail, the first chip of each question. */
function typical(template: TemplateDefinition): Record<string, Answers[string]> {
  const answers: Record<string, Answers[string]> = {
    customerName: 'Marie',
    signer: 'Léa',
    detail: 'la peinture du salon',
  };
  for (const question of template.questions) {
    if (question.id === 'tone') continue;
    if (question.kind === 'single') answers[question.id] = question.options[0];
    if (question.kind === 'multiple') answers[question.id] = question.options.slice(0, 1);
  }
  return answers;
}

/** Every text at its maxLength (2-byte letters) and every multiple choice at its max. */
function maxed(template: TemplateDefinition): Answers {
  const answers = typical(template);
  for (const question of template.questions) {
    if (question.kind === 'text') answers[question.id] = 'é'.repeat(question.maxLength);
    if (question.kind === 'multiple')
      answers[question.id] = question.options.slice(0, question.max);
  }
  return answers;
}

/** Typical answers with each chip option and each star count in turn. */
function variations(template: TemplateDefinition): Array<[string, Answers]> {
  const sets: Array<[string, Answers]> = [];
  for (const question of template.questions) {
    if (question.kind === 'single' || question.kind === 'multiple') {
      for (const option of question.options) {
        const value = question.kind === 'single' ? option : [option];
        sets.push([`${question.id}=${option}`, { ...typical(template), [question.id]: value }]);
      }
    }
  }
  for (const stars of [1, 2, 3, 4, 5])
    sets.push([`stars=${stars}`, { ...typical(template), stars }]);
  return sets;
}

const compose = (template: TemplateDefinition, answers: Answers, lang: Language, tone: Tone) =>
  composeText(template, answers, context(tone), T[lang]);

/** The value at a dotted path of a phrase bank (ids hold dashes, never dots). */
function at(bank: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null && !Array.isArray(node)
          ? (node as Record<string, unknown>)[key]
          : undefined,
      bank,
    );
}

/** Every leaf of a bank as `path → string | string[]`. */
function leaves(node: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

const texts = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).map(String);
const variables = (value: unknown) =>
  [
    ...new Set(
      texts(value).flatMap((text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])),
    ),
  ]
    .sort()
    .join();

describe('review-reply catalogue', () => {
  it('has at least ten templates with unique, well-formed ids', () => {
    const ids = REVIEW_TEMPLATES.map((template) => template.id);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^review-[a-z0-9-]{1,57}$/);
  });

  it.each(REVIEW_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s is a review reply',
    (_, template) => {
      expect(template.family).toBe('reviews');
      expect(template.kind).toBe('review-reply');
      expect([...template.trades].sort()).toEqual([...TRADE_FAMILIES].sort());
      expect(template.category).toBe('customer-relations');
      expect(template.platforms).toEqual(['google-review-reply']);
      expect(template.baselineMinutes).toBeGreaterThanOrEqual(5);
      expect(template.baselineMinutes).toBeLessThanOrEqual(30);
      const ids = template.questions.map((question) => question.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(['stars', 'customerName', 'tone', 'signer']));
      for (const question of template.questions) {
        if (question.kind === 'text') expect(question.maxLength).toBeLessThanOrEqual(120);
        if (question.kind === 'multiple') expect(question.max ?? 99).toBeLessThanOrEqual(2);
      }
    },
  );

  it('starts each template at the stars of its scenario', () => {
    const initial = (id: string) => {
      const stars = find(id).questions.find((question) => question.id === 'stars');
      return stars?.kind === 'rating' ? stars.initial : undefined;
    };
    expect(initial('review-five-stars-text')).toBe(5);
    expect(initial('review-five-stars-no-text')).toBe(5);
    expect(initial('review-four-stars')).toBe(4);
    expect(initial('review-three-stars-mixed')).toBe(3);
    for (const id of NEGATIVE) expect(initial(id), id).toBeLessThanOrEqual(2);
  });

  it('spends more baseline minutes on negative replies than on positive ones', () => {
    const positive = Math.max(
      ...['review-five-stars-text', 'review-four-stars'].map((id) => find(id).baselineMinutes),
    );
    for (const id of NEGATIVE) expect(find(id).baselineMinutes, id).toBeGreaterThan(positive);
  });
});

describe.each(REVIEW_TEMPLATES.map((t) => [t.id, t] as const))('%s composes', (_, template) => {
  const cases = LANGUAGES.flatMap((lang) => TONES.map((tone) => [lang, tone] as const));
  const sets: Array<[string, Answers]> = [
    ['empty', {}],
    ['typical', typical(template)],
    ...variations(template),
  ];

  it.each(cases)('clean, deterministic text in %s (%s)', (lang, tone) => {
    for (const [label, answers] of [...sets, ['maxed', maxed(template)] as [string, Answers]]) {
      const text = compose(template, answers, lang, tone);
      expect(text.trim(), label).not.toBe('');
      expect(text, label).not.toMatch(
        /\{\{|\}\}|phrases\.|catalogue\.|questions\.|undefined|null|NaN/,
      );
      expect(text, label).not.toMatch(ARGUING);
      expect(compose(template, answers, lang, tone), label).toBe(text);
      const check = checkText(text, 'google-review-reply', { allow: [PHONE, EMAIL] });
      expect(
        check.findings.filter((f) => f.code !== 'over-recommended'),
        label,
      ).toEqual([]);
      expect(check.length, label).toBeLessThanOrEqual(label === 'maxed' ? 2048 : 1400);
      if (label !== 'maxed') expect(text.length, label).toBeLessThanOrEqual(700);
    }
  });

  it.each(TONES)('French in the "%s" form only', (tone) => {
    for (const [label, answers] of sets) {
      const text = compose(template, { ...answers, detail: 'la peinture du salon' }, 'fr', tone);
      const wrong = tone === 'vous' ? (text.match(TU) ?? []) : vousWords(text);
      expect(wrong, `${label}: ${text}`).toEqual([]);
    }
  });

  it('gives another wording with the next variant', () => {
    for (const lang of LANGUAGES) {
      const ctx = context('vous');
      const first = composeText(template, typical(template), ctx, T[lang], 0);
      expect(composeText(template, typical(template), ctx, T[lang], 1), lang).not.toBe(first);
    }
  });

  it('ignores chip ids and answers it does not know', () => {
    const odd: Answers = { stars: 42, offer: ['hug'], issue: 'x', point: 7, detail: ['a'] };
    for (const lang of LANGUAGES)
      expect(compose(template, odd, lang, 'vous')).not.toMatch(/phrases\./);
  });
});

describe('negative replies', () => {
  const negatives = NEGATIVE.map(find);

  it.each(LANGUAGES)('give the company phone and e-mail, never the customer (%s)', (lang) => {
    for (const template of negatives) {
      const answers = typical(template);
      const both = composeText(template, answers, context('vous'), T[lang]);
      expect(both, template.id).toContain(PHONE);
      expect(both, template.id).toContain(EMAIL);
      const phone = composeText(template, answers, context('tu', { email: '' }), T[lang]);
      expect(phone, template.id).toContain(PHONE);
      const email = composeText(template, answers, context('vous', { phone: '' }), T[lang]);
      expect(email, template.id).toContain(EMAIL);
      const none = composeText(
        template,
        answers,
        context('vous', { phone: '', email: '' }),
        T[lang],
      );
      expect(findPersonalData(none), template.id).toEqual([]);
      expect(none.length, template.id).toBeGreaterThan(200);
    }
  });

  it('apologise for a delay whatever its cause', () => {
    const template = find('review-negative-delay');
    const apology = texts(at(phraseBank('fr', 'reviews'), 'phrases.delay.apology'));
    for (const cause of ['planning', 'supplier', 'weather', 'workload', undefined]) {
      const text = compose(template, { cause }, 'fr', 'vous');
      expect(
        apology.some((phrase) => text.includes(phrase)),
        String(cause),
      ).toBe(true);
    }
  });

  it('tell someone unknown that no record was found, without accusing', () => {
    const template = find('review-not-a-customer');
    const text = compose(template, typical(template), 'en', 'vous');
    expect(text).toMatch(/cannot find|without finding/);
    expect(text).toContain(PHONE);
  });
});

describe('a bare rating', () => {
  const template = find('review-rating-only');

  it('sets the tone from the stars', () => {
    for (const lang of LANGUAGES) {
      for (const stars of [1, 2, 3]) {
        expect(compose(template, { stars }, lang, 'vous'), `${stars}`).toContain(PHONE);
      }
      for (const stars of [4, 5]) {
        expect(compose(template, { stars }, lang, 'vous'), `${stars}`).not.toContain(PHONE);
      }
      expect(compose(template, { stars: 1 }, lang, 'vous')).not.toBe(
        compose(template, { stars: 3 }, lang, 'vous'),
      );
    }
  });

  it('asks for a detail when happy and for an offer when not', () => {
    const asked = (stars: number) => visibleQuestions(template, { stars }).map((q) => q.id);
    expect(asked(5)).toContain('detail');
    expect(asked(5)).not.toContain('offer');
    expect(asked(2)).toContain('offer');
    expect(asked(2)).not.toContain('detail');
    expect(visibleQuestions(template, {}).map((q) => q.id)).toContain('detail');
  });
});

describe('conditional questions', () => {
  it('asks what changed only once a point to improve is chosen', () => {
    for (const id of ['review-four-stars', 'review-three-stars-mixed']) {
      const asked = (answers: Answers) => visibleQuestions(find(id), answers).map((q) => q.id);
      expect(asked({}), id).not.toContain('actions');
      expect(asked({ point: 'delay' }), id).toContain('actions');
    }
  });

  it('asks where a price gap came from only when there is a gap', () => {
    const template = find('review-negative-price');
    const asked = (issue: string) => visibleQuestions(template, { issue }).map((q) => q.id);
    expect(asked('above-quote')).toContain('reason');
    expect(asked('unclear-extras')).toContain('reason');
    expect(asked('too-expensive')).not.toContain('reason');
    const stale = { issue: 'too-expensive', reason: 'our-mistake' };
    expect(compose(template, stale, 'en', 'vous')).not.toMatch(/our mistake/);
  });
});

describe('replies suit the trade and stay pure', () => {
  const template = find('review-five-stars-text');

  it('invites back in words that fit the trade family', () => {
    const trades: Array<Trade | ''> = ['mason', 'baker', 'hairdresser', 'potter', ''];
    const endings = trades.map((trade) =>
      composeText(
        template,
        typical(template),
        { ...context('vous'), company: { ...context('vous').company, trade } },
        T.fr,
      ),
    );
    expect(new Set(endings).size).toBe(trades.length);
    const unknown = { ...context('vous').company, trade: 'astronaut' as Trade };
    expect(composeText(template, {}, { ...context('vous'), company: unknown }, T.fr)).not.toMatch(
      /phrases\./,
    );
  });

  it('does not change the answers and composes in well under 5 ms', () => {
    const answers = Object.freeze(typical(template));
    const started = performance.now();
    for (let i = 0; i < 100; i++) compose(template, answers, 'fr', 'vous');
    expect((performance.now() - started) / 100).toBeLessThan(5);
    expect(answers).toEqual(typical(template));
  });
});

describe('review phrase bank', () => {
  const banks = { fr: phraseBank('fr', 'reviews'), en: phraseBank('en', 'reviews') };
  const keys = (lang: Language) => leaves(banks[lang]).map(([key]) => key);

  it('has the same keys in French and English, _tu variants aside', () => {
    const plain = (lang: Language) =>
      keys(lang)
        .filter((key) => !key.endsWith('_tu'))
        .sort();
    expect(plain('en')).toEqual(plain('fr'));
    expect(keys('en').filter((key) => key.endsWith('_tu'))).toEqual([]);
    const fr = new Set(keys('fr'));
    expect(keys('fr').filter((key) => key.endsWith('_tu') && !fr.has(key.slice(0, -3)))).toEqual(
      [],
    );
  });

  it('has a "tu" form for every French phrase worded for "vous"', () => {
    const fr = new Set(keys('fr'));
    const missing = leaves(banks.fr)
      .filter(([key]) => key.startsWith('phrases.') && !key.endsWith('_tu'))
      .filter(
        ([key, value]) => texts(value).some((t) => vousWords(t).length) && !fr.has(`${key}_tu`),
      );
    expect(missing.map(([key]) => key)).toEqual([]);
    const vousWithTu = leaves(banks.fr).filter(
      ([key, value]) =>
        key.startsWith('phrases.') && !key.endsWith('_tu') && texts(value).some((t) => TU.test(t)),
    );
    expect(vousWithTu.map(([key]) => key)).toEqual([]);
    const tuWithVous = leaves(banks.fr).filter(
      ([key, value]) =>
        key.endsWith('_tu') && texts(value).some((text) => vousWords(text).length > 0),
    );
    expect(tuWithVous.map(([key]) => key)).toEqual([]);
  });

  it('interpolates the same variables in every language and form of a phrase', () => {
    for (const [key, value] of leaves(banks.fr)) {
      const base = key.endsWith('_tu') ? key.slice(0, -3) : key;
      expect(variables(value), key).toBe(variables(at(banks.en, base)));
    }
  });

  it('holds only non-empty strings, with no word that argues, health or legal', () => {
    for (const lang of LANGUAGES) {
      for (const [key, value] of leaves(banks[lang])) {
        for (const text of texts(value)) {
          expect(typeof text === 'string' && text.trim() !== '', key).toBe(true);
          expect(text, key).not.toMatch(ARGUING);
          const filled = text.replaceAll('{{phone}}', PHONE).replaceAll('{{email}}', EMAIL);
          expect(findPersonalData(filled, { allow: [PHONE, EMAIL] }), key).toEqual([]);
        }
      }
    }
  });

  it.each(LANGUAGES)('labels every template, question and chip (%s)', (lang) => {
    const bank = banks[lang];
    const label = (id: string, path: string) =>
      at(bank, `catalogue.${id}.questions.${path}`) ?? at(bank, `questions.${path}`);
    for (const template of REVIEW_TEMPLATES) {
      expect(typeof at(bank, `catalogue.${template.id}.title`), template.id).toBe('string');
      expect(typeof at(bank, `catalogue.${template.id}.description`), template.id).toBe('string');
      for (const question of template.questions) {
        expect(typeof label(template.id, `${question.id}.label`), question.id).toBe('string');
        if (question.kind !== 'single' && question.kind !== 'multiple') continue;
        for (const option of question.options) {
          expect(typeof label(template.id, `${question.id}.options.${option}`), option).toBe(
            'string',
          );
        }
      }
    }
  });

  it('has catalogue entries only for templates and questions that exist', () => {
    const catalogue = at(banks.fr, 'catalogue') as Record<string, { questions?: object }>;
    for (const [id, entry] of Object.entries(catalogue)) {
      const template = find(id);
      const ids = template.questions.map((question) => question.id);
      for (const question of Object.keys(entry.questions ?? {}))
        expect(ids, id).toContain(question);
    }
  });
});

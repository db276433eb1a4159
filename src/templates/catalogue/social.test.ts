import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/languages';
import { TRADE_FAMILIES, TRADES, type Trade, tradeFamily } from '../../domain/trades';
import { checkText, findHashtags, PLATFORM_RULES } from '../checks';
import { composeText, variantCount } from '../engine';
import { phraseBank, testTranslator } from '../testing';
import type {
  Answers,
  AnswerValue,
  ComposeContext,
  Question,
  TemplateDefinition,
  Tone,
} from '../types';
import {
  FAMILY_HASHTAGS,
  GENERIC_HASHTAGS,
  POST_PLATFORMS,
  SEASONAL_OCCASIONS,
  SOCIAL_TEMPLATES,
  townHashtag,
} from './social';

const LANGUAGES: readonly Language[] = ['fr', 'en'];
const TONES: readonly Tone[] = ['vous', 'tu'];
const TRADES_TRIED: readonly (Trade | '')[] = [
  'plasterer-painter',
  'baker',
  'hairdresser',
  'potter',
  '',
];
const CITIES = ['Lyon', 'Saint-Étienne', ''];
const HASHTAGS_AIMED = { 'google-post': 0, instagram: 5, facebook: 3, linkedin: 3 } as const;
const translators = { fr: testTranslator('fr', 'social'), en: testTranslator('en', 'social') };
const PHONE = '06 12 34 56 78';
const EMAIL = 'contact@atelier-durand.fr';

function context(
  platform: ComposeContext['platform'],
  tone: Tone,
  trade: Trade | '' = 'plasterer-painter',
  city = 'Lyon',
): ComposeContext {
  return {
    company: { name: 'Atelier Durand', phone: PHONE, email: EMAIL, city, trade },
    tone,
    platform,
  };
}

const filler = (length: number) => 'Lorem ipsum dolor sit amet '.repeat(10).slice(0, length);
const SAMPLE_DATES: Record<string, string> = {
  from: '2026-03-15',
  until: '2026-03-22',
  start: '2026-09-01',
  endDate: '2026-03-31',
};

/** A plausible answer to a question; `full` fills texts to maxLength and lists to max. */
function sample(question: Question, full: boolean): AnswerValue | undefined {
  switch (question.kind) {
    case 'single':
      return question.id === 'consent' ? 'yes' : (question.initial ?? question.options[0]);
    case 'multiple':
      return question.options.slice(0, full ? (question.max ?? question.options.length) : 2);
    case 'text':
      return full ? filler(question.maxLength) : 'Travail soigné';
    case 'number':
      return full ? question.max : (question.initial ?? question.min);
    case 'rating':
      return 5;
    case 'date':
      return SAMPLE_DATES[question.id] ?? '2026-03-15';
  }
}

function answersFor(definition: TemplateDefinition, mode: 'chips' | 'typical' | 'full'): Answers {
  const answers: Record<string, AnswerValue | undefined> = {};
  for (const question of definition.questions) {
    if (mode === 'chips' && question.kind === 'text') continue;
    answers[question.id] = sample(question, mode === 'full');
  }
  return answers;
}

/** One answer set per chip of every question (besides platform and tone, set by the context). */
function chipAnswerSets(definition: TemplateDefinition): Answers[] {
  const base = answersFor(definition, 'chips');
  const sets: Answers[] = [];
  for (const question of definition.questions) {
    if (question.id === 'platform' || question.id === 'tone') continue;
    if (question.kind === 'single') {
      for (const option of question.options) sets.push({ ...base, [question.id]: option });
    }
    if (question.kind === 'multiple') {
      for (const option of question.options) sets.push({ ...base, [question.id]: [option] });
    }
  }
  return sets;
}

const LEFTOVER =
  /\{\{|\$t\(|\b(?:phrases|catalogue|questions|hashtags|vocab)\.|\bundefined\b|\bnull\b|\bNaN\b/;

/** What every composed post must satisfy, whatever the answers. */
function expectClean(text: string, ctx: ComposeContext): void {
  const label = `${ctx.platform}/${ctx.company.trade || 'no trade'}/${ctx.company.city || 'no city'}\n${text}`;
  expect(text.trim(), label).not.toBe('');
  expect(text, label).not.toMatch(LEFTOVER);
  const check = checkText(text, ctx.platform, { allow: [PHONE, EMAIL] });
  const codes = check.findings.map((finding) => finding.code);
  expect(codes, label).not.toContain('too-long');
  expect(codes, label).not.toContain('too-many-hashtags');
  expect(codes, label).not.toContain('too-few-hashtags');
  const tags = check.hashtags.map((tag) => tag.toLowerCase());
  expect(new Set(tags).size, label).toBe(tags.length);
  if (ctx.platform === 'google-post') expect(text, label).not.toContain('#');
  const city = ctx.company.city;
  if (city) {
    const withoutTags = text.replace(/#[\p{L}\p{M}\p{N}_]+/gu, '');
    expect(withoutTags, label).toContain(city);
  }
}

function compose(
  definition: TemplateDefinition,
  answers: Answers,
  ctx: ComposeContext,
  lang: Language,
  variant = 0,
): string {
  return composeText(definition, answers, ctx, translators[lang], variant);
}

function lookup(bank: Record<string, unknown>, key: string): unknown {
  let node: unknown = bank;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [prefix];
  return Object.entries(node).flatMap(([key, value]) =>
    leafKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

const combos = LANGUAGES.flatMap((lang) =>
  TONES.flatMap((tone) => POST_PLATFORMS.map((platform) => [lang, tone, platform] as const)),
);

describe('SOCIAL_TEMPLATES', () => {
  it('offers at least 8 formats with unique, well-formed ids', () => {
    const ids = SOCIAL_TEMPLATES.map((definition) => definition.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^post-[a-z0-9-]{1,59}$/);
  });

  it('has a seasonal format for every trade family, with chips that suit it', () => {
    for (const family of TRADE_FAMILIES) {
      const definition = SOCIAL_TEMPLATES.find((d) => d.id === `post-seasonal-${family}`);
      expect(definition?.trades).toEqual([family]);
    }
    expect(SEASONAL_OCCASIONS.food).toContain('galette');
    expect(SEASONAL_OCCASIONS.building).toContain('heatingCheck');
    expect(SEASONAL_OCCASIONS.building).not.toContain('galette');
  });

  it('serves every trade family with several formats', () => {
    for (const family of TRADE_FAMILIES) {
      expect(
        SOCIAL_TEMPLATES.filter((d) => d.trades.includes(family)).length,
      ).toBeGreaterThanOrEqual(8);
    }
  });
});

describe.each(SOCIAL_TEMPLATES.map((definition) => [definition.id, definition] as const))(
  '%s',
  (_id, definition) => {
    it('is a social post asking the platform first', () => {
      expect(definition).toMatchObject({
        family: 'social',
        kind: 'social-post',
        category: 'communication',
      });
      expect(definition.baselineMinutes).toBeGreaterThanOrEqual(10);
      expect(definition.baselineMinutes).toBeLessThanOrEqual(20);
      expect([...definition.platforms].sort()).toEqual([...POST_PLATFORMS].sort());
      const [first] = definition.questions;
      expect(first).toMatchObject({ id: 'platform', kind: 'single', options: POST_PLATFORMS });
      expect(first && 'initial' in first ? first.initial : undefined).toBe(definition.platforms[0]);
      const ids = definition.questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain('tone');
      expect(ids).toContain('signer');
      for (const question of definition.questions) {
        if (question.kind === 'text') expect(question.maxLength).toBeLessThanOrEqual(150);
        if ('initial' in question && question.initial !== undefined && 'options' in question) {
          expect(question.options).toContain(question.initial);
        }
      }
    });

    it.each(LANGUAGES)('has every label in %s', (lang) => {
      const bank = phraseBank(lang, 'social');
      const label = (question: string, suffix: string) =>
        lookup(bank, `catalogue.${definition.id}.questions.${question}.${suffix}`) ??
        lookup(bank, `questions.${question}.${suffix}`);
      expect(typeof lookup(bank, `catalogue.${definition.id}.title`)).toBe('string');
      expect(typeof lookup(bank, `catalogue.${definition.id}.description`)).toBe('string');
      for (const question of definition.questions) {
        expect(typeof label(question.id, 'label'), `${question.id}.label`).toBe('string');
        const options = 'options' in question ? question.options : [];
        for (const option of options) {
          expect(typeof label(question.id, `options.${option}`), `${question.id}.${option}`).toBe(
            'string',
          );
        }
      }
    });

    it.each(combos)('composes clean posts in %s, %s, on %s', (lang, tone, platform) => {
      // Every trade family (and no trade) with and without a town; texts empty, typical, full.
      for (const mode of ['chips', 'typical', 'full'] as const) {
        const answers = answersFor(definition, mode);
        TRADES_TRIED.forEach((trade, index) => {
          const cities = mode === 'typical' ? CITIES : [CITIES[index % CITIES.length] ?? ''];
          for (const city of cities) {
            const ctx = context(platform, tone, trade, city);
            expectClean(compose(definition, answers, ctx, lang), ctx);
          }
        });
      }
      expectClean(compose(definition, {}, context(platform, tone), lang), context(platform, tone));
      // Too many chips (beyond a question's max) never ask for a phrase the bank lacks.
      const every = Object.fromEntries(
        definition.questions.map((q) => [
          q.id,
          q.kind === 'multiple' ? q.options : sample(q, true),
        ]),
      );
      expectClean(
        compose(definition, every, context(platform, tone), lang),
        context(platform, tone),
      );
      // Unknown chip ids (e.g. from an older version) never leak a key.
      const stale = Object.fromEntries(definition.questions.map((q) => [q.id, 'bogus']));
      expectClean(
        compose(definition, stale, context(platform, tone), lang),
        context(platform, tone),
      );
      chipAnswerSets(definition).forEach((answers, index) => {
        const trade = TRADES_TRIED[index % TRADES_TRIED.length] ?? '';
        const ctx = context(platform, tone, trade, 'Saint-Étienne');
        const text = compose(definition, answers, ctx, lang);
        expectClean(text, ctx);
        // Without typed text, the key message fits before "more".
        const firstParagraph = text.split('\n\n')[0] ?? '';
        expect(firstParagraph.length, text).toBeLessThanOrEqual(PLATFORM_RULES[platform].visible);
      });
    });

    it.each(combos)('keeps every wording clean in %s, %s, on %s', (lang, tone, platform) => {
      const answers = answersFor(definition, 'typical');
      const ctx = context(platform, tone);
      const count = variantCount(definition, answers, ctx, translators[lang]);
      expect(count).toBeGreaterThanOrEqual(2);
      const texts = new Set<string>();
      for (let variant = 0; variant < count; variant++) {
        const text = compose(definition, answers, ctx, lang, variant);
        expectClean(text, ctx);
        // Pure: the same inputs give the same text.
        expect(compose(definition, answers, ctx, lang, variant)).toBe(text);
        expect(compose(definition, answersFor(definition, 'full'), ctx, lang, variant)).toBe(
          compose(definition, answersFor(definition, 'full'), ctx, lang, variant),
        );
        texts.add(text);
        expect(findHashtags(text)).toHaveLength(HASHTAGS_AIMED[platform]);
      }
      expect(texts.size).toBeGreaterThan(1);
    });
  },
);

const byId = (id: string): TemplateDefinition => {
  const definition = SOCIAL_TEMPLATES.find((d) => d.id === id);
  if (!definition) throw new Error(`no template ${id}`);
  return definition;
};

describe('post-testimonial', () => {
  const definition = byId('post-testimonial');
  const words = 'Une équipe au top, chantier impeccable';
  const name = 'Zoé';
  it.each(combos)('quotes the customer only with consent (%s, %s, %s)', (lang, tone, platform) => {
    const ctx = context(platform, tone);
    for (const consent of ['no', undefined, 'maybe']) {
      const text = compose(definition, { consent, quote: words, customerName: name }, ctx, lang);
      expectClean(text, ctx);
      expect(text).not.toContain('Une équipe au top');
      expect(text).not.toContain(name);
      expect(text).not.toContain('★');
    }
    const text = compose(
      definition,
      { consent: 'yes', quote: words, customerName: name, rating: 5 },
      ctx,
      lang,
    );
    expect(text).toContain(words);
    expect(text).toContain(name);
    expect(text).toContain('★★★★★');
  });
});

describe('vocabulary and town', () => {
  it.each(LANGUAGES)('speaks each trade family’s language (%s)', (lang) => {
    const bank = phraseBank(lang, 'social');
    const story = byId('post-job-story');
    for (const trade of TRADES_TRIED) {
      const family = trade === '' ? 'neutral' : tradeFamily(trade);
      const word = lookup(bank, `phrases.vocab.${family}.job`);
      expect(typeof word).toBe('string');
      const text = compose(story, {}, context('instagram', 'vous', trade), lang);
      expect(text.split('\n\n')[0]).toContain(String(word));
    }
  });

  it('names trade and town in plain words on Google', () => {
    const text = compose(
      byId('post-offer'),
      {},
      context('google-post', 'vous', 'plasterer-painter', 'Lyon'),
      'fr',
    );
    expect(text).toContain('plâtrier-peintre à Lyon');
    expect(text).not.toContain('#');
  });

  it('adds the town as a hashtag, accents kept', () => {
    expect(townHashtag('Saint-Étienne')).toBe('#SaintÉtienne');
    expect(townHashtag("l'Isle-d'Abeau")).toBe('#LIsleDAbeau');
    expect(townHashtag('  ')).toBeNull();
    expect(townHashtag('75')).toBeNull();
    const text = compose(
      byId('post-before-after'),
      {},
      context('instagram', 'vous', 'tiler', 'Saint-Étienne'),
      'fr',
    );
    expect(findHashtags(text)).toContain('#SaintÉtienne');
  });

  it('addresses the audience as tu when the tone is familiar', () => {
    const answers = { cta: 'contact' };
    const vous = compose(byId('post-tip'), answers, context('instagram', 'vous'), 'fr');
    const tu = compose(byId('post-tip'), answers, context('instagram', 'tu'), 'fr');
    expect(vous).toContain('Demandez votre devis');
    expect(tu).toContain('Demande ton devis');
  });
});

describe('hashtags', () => {
  it('counts the hashtags typed by the artisan and never repeats one', () => {
    const ctx = context('instagram', 'vous', 'plasterer-painter', 'Lyon');
    const typed = (detail: string) => compose(byId('post-before-after'), { detail }, ctx, 'fr');
    const three = typed('Finition #peinture #lyon #déco');
    expect(findHashtags(three)).toEqual(['#peinture', '#lyon', '#déco']);
    const one = typed('Finition #déco');
    expect(findHashtags(one)).toEqual(['#déco', '#Lyon', '#avantapres']);
    const many = typed('#a1 #b2 #c3 #d4');
    expect(findHashtags(many)).toEqual(['#a1', '#b2', '#c3', '#d4', '#Lyon']);
    for (const text of [three, one, many]) expectClean(text, ctx);
  });

  it('turns typed hashtags into plain words on Google', () => {
    const text = compose(
      byId('post-before-after'),
      { detail: 'Finition #peinture' },
      context('google-post', 'vous'),
      'fr',
    );
    expect(text).toContain('Finition peinture.');
    expect(text).not.toContain('#');
  });

  it.each(LANGUAGES)('holds valid, distinct hashtag words (%s)', (lang) => {
    const bank = phraseBank(lang, 'social');
    const words = leafKeys(lookup(bank, 'hashtags'), 'hashtags').flatMap((key) => {
      const value = lookup(bank, key);
      return Array.isArray(value) ? value : [value];
    });
    for (const word of words) expect(findHashtags(String(word))).toEqual([word]);
    for (const family of [...TRADE_FAMILIES, 'neutral']) {
      expect(lookup(bank, `hashtags.family.${family}`)).toHaveLength(FAMILY_HASHTAGS);
    }
    expect(lookup(bank, 'hashtags.generic')).toHaveLength(GENERIC_HASHTAGS);
    for (const trade of Object.keys(TRADES))
      expect(typeof lookup(bank, `hashtags.trade.${trade}`)).toBe('string');
  });
});

describe('dates and numbers', () => {
  it('writes the end of an offer in each language', () => {
    const answers = { offerKind: 'percent', percent: 15, endDate: '2026-03-15' };
    const fr = compose(byId('post-offer'), answers, context('instagram', 'vous'), 'fr');
    const en = compose(byId('post-offer'), answers, context('instagram', 'vous'), 'en');
    expect(fr).toContain('-15 %');
    expect(fr).toContain('dimanche 15 mars');
    expect(en).toContain('15% off');
    expect(en).toContain('March 15');
  });

  it('ignores impossible dates and ranges that end before they start', () => {
    const event = byId('post-event');
    const bad = compose(
      event,
      { event: 'closure', from: '2026-02-30' },
      context('google-post', 'vous'),
      'fr',
    );
    expect(bad).not.toMatch(/Fermé|fermons/);
    const backwards = { event: 'closure', from: '2026-03-22', until: '2026-03-15' };
    const text = compose(event, backwards, context('google-post', 'vous'), 'fr', 0);
    expect(text).toContain('Fermé à partir du dimanche 22 mars.');
  });

  it('gives the emergency number only for closures, when asked', () => {
    const event = byId('post-event');
    const ctx = context('facebook', 'vous');
    expect(compose(event, { event: 'holidays', emergency: 'yes' }, ctx, 'fr')).toContain(PHONE);
    expect(compose(event, { event: 'openDay', emergency: 'yes' }, ctx, 'fr')).not.toContain(PHONE);
    expect(compose(event, { event: 'holidays', emergency: 'no' }, ctx, 'fr')).not.toContain(PHONE);
  });
});

describe('phrase banks', () => {
  const fr = leafKeys(phraseBank('fr', 'social'));
  const en = leafKeys(phraseBank('en', 'social'));
  const isTu = (key: string) => /_tu$/.test(key.split('.').at(-1) ?? '');

  it('have the same keys in French and English (tu variants aside)', () => {
    expect(en.filter(isTu)).toEqual([]);
    expect(fr.filter((key) => !isTu(key)).sort()).toEqual([...en].sort());
  });

  it('give every tu variant a vous base with as many wordings', () => {
    const bank = phraseBank('fr', 'social');
    for (const key of fr.filter(isTu)) {
      const base = lookup(bank, key.replace(/_tu$/, ''));
      const tu = lookup(bank, key);
      expect(base, key).toBeDefined();
      expect(Array.isArray(tu) ? tu.length : 1, key).toBe(Array.isArray(base) ? base.length : 1);
    }
  });

  it('name every trade', () => {
    for (const lang of LANGUAGES) {
      for (const trade of Object.keys(TRADES)) {
        expect(typeof lookup(phraseBank(lang, 'social'), `phrases.trade.${trade}`)).toBe('string');
      }
    }
  });
});

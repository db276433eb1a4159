// @vitest-environment node
// The catalogue's structure: one light entry per definition, titles and search words in every
// language, a label for every question and chip a trade or a platform can show, phrase banks
// with the same keys in every language.
import { describe, expect, it } from 'vitest';
import enCatalogue from '../../../locales/en/catalogue.json';
import frCatalogue from '../../../locales/fr/catalogue.json';
import { LANGUAGES, type Language } from '../../domain/languages';
import { TRADE_FAMILIES, TRADES } from '../../domain/trades';
import { findPersonalData } from '../checks';
import { scopeOf, visibleQuestions } from '../engine';
import { isScoped, nodeAt } from '../phrases';
import { resolveQuestion } from '../questions';
import { phraseBank } from '../testing/banks';
import { SAMPLE_EMAIL, SAMPLE_PHONE, sampleContext } from '../testing/samples';
import type { PhraseBank, TemplateDefinition } from '../types';
import { FAMILIES, findMeta, loadDefinition, loadFamily, TEMPLATE_META } from '.';
import { REVIEW_TEMPLATES } from './reviews';
import { SOCIAL_TEMPLATES } from './social';

const DEFINITIONS: readonly TemplateDefinition[] = [...REVIEW_TEMPLATES, ...SOCIAL_TEMPLATES];
const CATALOGUES = { fr: frCatalogue, en: enCatalogue } as const;
type Entry = { title: string; description: string; keywords: string };
const entries = (lang: Language) => CATALOGUES[lang].templates as Record<string, Entry>;

describe('the catalogue', () => {
  it('has one light entry per definition, with sync-safe ids', () => {
    expect(DEFINITIONS.map((d) => d.id)).toEqual(TEMPLATE_META.map((m) => m.id));
    for (const definition of DEFINITIONS) {
      const { questions: _, compose: __, ...meta } = definition;
      expect(meta).toEqual(findMeta(definition.id));
      expect(definition.id).toMatch(definition.family === 'reviews' ? /^review-/ : /^post-/);
      expect(definition.id).toMatch(/^[a-z0-9-]{1,64}$/);
      expect(definition.baselineMinutes).toBeGreaterThanOrEqual(5);
      expect(definition.baselineMinutes).toBeLessThanOrEqual(30);
      const ids = definition.questions.map((q) => q.id);
      expect(new Set(ids).size, definition.id).toBe(ids.length);
    }
    expect(FAMILIES).toEqual(['reviews', 'social']);
    expect(REVIEW_TEMPLATES.length).toBeGreaterThanOrEqual(10);
  });

  it('loads definitions per family, on demand', async () => {
    expect(await loadFamily('reviews')).toBe(REVIEW_TEMPLATES);
    expect(await loadDefinition('post-tip')).toBe(
      SOCIAL_TEMPLATES.find((d) => d.id === 'post-tip'),
    );
    expect(await loadDefinition('nope')).toBeUndefined();
  });

  it('serves every trade family with a seasonal post and at least eight formats', () => {
    for (const family of TRADE_FAMILIES) {
      expect(findMeta(`post-seasonal-${family}`)?.trades).toEqual([family]);
      expect(
        SOCIAL_TEMPLATES.filter((d) => d.trades.includes(family)).length,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it('keeps consumer offers off LinkedIn, and every review reply on Google', () => {
    expect(findMeta('post-offer')?.platforms).not.toContain('linkedin');
    for (const meta of TEMPLATE_META.filter((m) => m.family === 'reviews')) {
      expect(meta.platforms).toEqual(['google-review-reply']);
      expect(meta.stars?.length, meta.id).toBeGreaterThan(0);
    }
    // Every star count has replies to choose from.
    for (const stars of [1, 2, 3, 4, 5]) {
      expect(TEMPLATE_META.filter((m) => m.stars?.includes(stars)).length).toBeGreaterThan(0);
    }
  });

  it.each(LANGUAGES)(
    'titles, describes and keys every template once, with distinct titles (%s)',
    (lang) => {
      const found = entries(lang);
      expect(Object.keys(found).sort()).toEqual(TEMPLATE_META.map((m) => m.id).sort());
      const titles = Object.values(found).map((entry) => entry.title);
      expect(new Set(titles).size).toBe(titles.length);
      for (const [id, entry] of Object.entries(found)) {
        for (const text of [entry.title, entry.description, entry.keywords]) {
          expect(typeof text === 'string' && text.trim() !== '', id).toBe(true);
        }
      }
    },
  );
});

/** Every path of a bank down to its phrases (a choice per trade or platform counts as one). */
function paths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node) || isScoped(node)) {
    return [prefix];
  }
  return Object.entries(node).flatMap(([key, value]) =>
    paths(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Every wording of a bank, scoped choices included. */
function wordings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(wordings);
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(wordings);
  return [];
}

describe.each(FAMILIES)('the %s phrase bank', (family) => {
  const banks: Record<Language, PhraseBank> = {
    fr: phraseBank('fr', family),
    en: phraseBank('en', family),
  };

  it('has the same phrases in every language', () => {
    expect(paths(banks.en).sort()).toEqual(paths(banks.fr).sort());
  });

  it.each(LANGUAGES)('holds distinct, non-empty wordings and no personal data (%s)', (lang) => {
    const bank = banks[lang];
    for (const path of paths(bank)) {
      const node = nodeAt(bank, path);
      const lists = isScoped(node) ? Object.values(node) : [node];
      for (const list of lists) {
        const texts = wordings(list);
        expect(new Set(texts).size, path).toBe(texts.length);
        for (const text of texts) expect(text.trim(), path).not.toBe('');
      }
    }
    for (const text of wordings(bank)) {
      const filled = text
        .replaceAll('{{phone}}', SAMPLE_PHONE)
        .replaceAll('{{email}}', SAMPLE_EMAIL);
      expect(findPersonalData(filled, { allow: [SAMPLE_PHONE, SAMPLE_EMAIL] }), text).toEqual([]);
    }
  });

  // Chips depend on the trade family and the platform: one trade per family covers them all.
  const tradePerFamily = [
    '',
    ...TRADE_FAMILIES.map((f) => Object.entries(TRADES).find(([, family]) => family === f)?.[0]),
  ];

  it.each(LANGUAGES)(
    'labels every question and chip any trade or platform can show (%s)',
    { timeout: 60_000 },
    (lang) => {
      const bank = banks[lang];
      const label = (id: string, path: string) =>
        nodeAt(bank, `catalogue.${id}.questions.${path}`) ?? nodeAt(bank, `questions.${path}`);
      for (const definition of DEFINITIONS.filter((d) => d.family === family)) {
        for (const platform of definition.platforms) {
          for (const trade of tradePerFamily) {
            const scope = scopeOf(
              sampleContext({ language: lang, platform, trade: trade as never }),
            );
            for (const spec of definition.questions) {
              const question = resolveQuestion(spec, scope);
              expect(
                typeof label(definition.id, `${question.id}.label`),
                `${definition.id} ${question.id}`,
              ).toBe('string');
              if (question.kind !== 'single' && question.kind !== 'multiple') continue;
              expect(
                question.options.length,
                `${definition.id} ${question.id} ${trade}`,
              ).toBeGreaterThan(0);
              for (const option of question.options) {
                expect(
                  typeof label(definition.id, `${question.id}.options.${option}`),
                  `${question.id}.${option}`,
                ).toBe('string');
              }
            }
          }
        }
      }
    },
  );

  it('has label overrides only for templates and questions that exist', () => {
    for (const lang of LANGUAGES) {
      const overrides = (nodeAt(banks[lang], 'catalogue') ?? {}) as Record<
        string,
        { questions?: object }
      >;
      for (const [id, entry] of Object.entries(overrides)) {
        const definition = DEFINITIONS.find((d) => d.id === id);
        expect(definition, id).toBeDefined();
        const ids = definition?.questions.map((q) => q.id) ?? [];
        for (const question of Object.keys(entry.questions ?? {}))
          expect(ids, id).toContain(question);
      }
    }
  });
});

describe('questions for the trade and the platform', () => {
  const find = (id: string) => DEFINITIONS.find((d) => d.id === id)!;
  const asked = (id: string, trade: string, platform = find(id).platforms[0]!) =>
    visibleQuestions(
      find(id),
      {},
      sampleContext({ language: 'fr', platform, trade: trade as never }),
    );
  const options = (id: string, question: string, trade: string, platform?: string) => {
    const found = asked(id, trade, platform as never).find((q) => q.id === question);
    return found && 'options' in found ? found.options : [];
  };

  it('offers chips that make sense for the trade', () => {
    expect(options('review-five-stars-text', 'highlight', 'baker')).toContain('taste');
    expect(options('review-five-stars-text', 'highlight', 'baker')).not.toContain('cleanliness');
    expect(options('review-negative-delay', 'cause', 'mechanic')).toContain('parts');
    expect(options('post-before-after', 'before', 'beautician')).not.toContain('worn');
    expect(options('post-seasonal-vehicles', 'occasion', 'mechanic')).not.toContain('valentine');
  });

  it('offers on each platform only the calls to action it has', () => {
    expect(options('post-tip', 'cta', 'plumber', 'google-post')).not.toContain('message');
    expect(options('post-tip', 'cta', 'plumber', 'google-post')).not.toContain('quote');
    expect(options('post-tip', 'cta', 'plumber', 'linkedin')).toEqual(['project', 'none']);
    expect(options('post-tip', 'cta', 'baker', 'instagram')[0]).toBe('order');
  });

  it('never asks for « tu » on LinkedIn', () => {
    expect(asked('post-hiring', 'plumber', 'linkedin').map((q) => q.id)).not.toContain('tone');
    expect(asked('post-hiring', 'plumber', 'instagram').map((q) => q.id)).toContain('tone');
  });
});

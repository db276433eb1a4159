import { describe, expect, it } from 'vitest';
import enCatalogue from '../../../locales/en/catalogue.json';
import frCatalogue from '../../../locales/fr/catalogue.json';
import { TEMPLATE_META } from './meta';
import { parseQuery, type Searchable, searchTemplates } from './search';

function searchable(bank: { templates: object }): Searchable[] {
  const templates = bank.templates as Record<
    string,
    { title: string; description: string; keywords: string }
  >;
  return TEMPLATE_META.map((meta) => {
    const entry = templates[meta.id];
    return { meta, text: `${entry?.title} ${entry?.description} ${entry?.keywords}` };
  });
}

const fr = (query: string) =>
  searchTemplates(searchable(frCatalogue), query, frCatalogue.search).map((m) => m.id);
const en = (query: string) =>
  searchTemplates(searchable(enCatalogue), query, enCatalogue.search).map((m) => m.id);

describe('catalogue search', () => {
  it('reads a number of stars in digits or words', () => {
    expect(parseQuery('1 étoile', frCatalogue.search)).toEqual({ stars: 1, words: [] });
    expect(parseQuery('Une étoile retard', frCatalogue.search)).toEqual({
      stars: 1,
      words: ['retard'],
    });
    expect(parseQuery('deux ÉTOILES', frCatalogue.search)).toEqual({ stars: 2, words: [] });
    expect(parseQuery('2★', frCatalogue.search)).toEqual({ stars: 2, words: [] });
    expect(parseQuery('a star', enCatalogue.search)).toEqual({ stars: 1, words: [] });
  });

  it('finds the 1★ replies for « 1 étoile » and « une étoile », never the 5★ ones', () => {
    for (const query of ['1 étoile', 'une étoile', 'Une Étoile', '1★']) {
      const found = fr(query);
      expect(found, query).toContain('review-negative-quality');
      expect(found, query).toContain('review-rating-only');
      expect(
        found.some((id) => id.startsWith('review-five')),
        query,
      ).toBe(false);
      expect(
        found.some((id) => id.startsWith('post-')),
        query,
      ).toBe(false);
    }
    expect(fr('5 étoiles')).toEqual(['review-five-stars-text', 'review-five-stars-no-text']);
    expect(en('one star')).toContain('review-negative-delay');
    expect(en('five stars')).not.toContain('review-negative-delay');
  });

  it('combines stars with words and synonyms of the cause', () => {
    expect(fr('une étoile retard')).toEqual(['review-negative-delay']);
    expect(fr('2 étoiles trop cher')).toEqual(['review-negative-price']);
    expect(fr('promo')).toEqual(['post-offer']);
    expect(fr('apprentie')).toEqual(['post-hiring']);
    expect(en('late')).toEqual(['review-negative-delay']);
    expect(fr('plomberie introuvable')).toEqual([]);
  });
});

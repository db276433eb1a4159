// Finding a template by what the artisan types: « 1 étoile », « une étoile retard », « promo ».
// A number of stars narrows review replies to those that answer it (« une étoile » never finds
// the 5★ reply); every other word must start a word of the title, description or keywords.
import { foldText } from '../../lib/search';
import type { TemplateMeta } from '../types';

/** The words of a language's search, from its `catalogue` namespace (`search`). */
export interface SearchWords {
  /** Words that carry no meaning for the search (articles, prepositions). */
  stopWords: readonly string[];
  /** Numbers as digits and words: { "1": 1, "une": 1, "deux": 2 }. */
  numbers: Readonly<Record<string, number>>;
  /** The words for a star, singular and plural. */
  stars: readonly string[];
}

/** A template and the words it can be found by. */
export interface Searchable {
  meta: TemplateMeta;
  /** Title, description and keywords, in the user's language. */
  text: string;
}

const tokens = (text: string) => foldText(text).match(/[\p{L}\p{N}★]+/gu) ?? [];

/** The star count a query asks for (« 2 étoiles », « une étoile »), and its other words. */
export function parseQuery(
  query: string,
  words: SearchWords,
): { stars: number | undefined; words: string[] } {
  const starWords = new Set(words.stars.map(foldText));
  const numbers = new Map(Object.entries(words.numbers).map(([word, n]) => [foldText(word), n]));
  const stop = new Set(words.stopWords.map(foldText));
  const found = tokens(query);
  let stars: number | undefined;
  const rest: string[] = [];
  found.forEach((token, index) => {
    const next = found[index + 1];
    if (starWords.has(token)) return;
    const count = numbers.get(token);
    if (count !== undefined && next !== undefined && starWords.has(next)) {
      stars = count;
      return;
    }
    // « 1★ » typed without a space.
    const glued = /^(\d)★$/u.exec(token);
    if (glued) {
      stars = Number(glued[1]);
      return;
    }
    if (!stop.has(token)) rest.push(token);
  });
  return { stars, words: rest };
}

/**
 * The templates matching a query, in catalogue order. With a star count, only review replies
 * that answer it; every other word must start a word of the template's text.
 */
export function searchTemplates(
  candidates: readonly Searchable[],
  query: string,
  words: SearchWords,
): TemplateMeta[] {
  const parsed = parseQuery(query, words);
  return candidates
    .filter(({ meta, text }) => {
      if (parsed.stars !== undefined && !meta.stars?.includes(parsed.stars)) return false;
      const haystack = tokens(text);
      return parsed.words.every((word) => haystack.some((token) => token.startsWith(word)));
    })
    .map(({ meta }) => meta);
}

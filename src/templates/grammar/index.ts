import type { Language } from '../../domain/languages';
import { english } from './en';
import { french } from './fr';
import { capitalizeSentenceStarts, unmark } from './marks';
import type { Grammar } from './types';

export type { Grammar } from './types';

/** Each language's grammar; a new language adds its module here. */
const GRAMMARS: Record<Language, Grammar> = { fr: french, en: english };

/** The grammar of a language. */
export function grammarFor(language: Language): Grammar {
  return GRAMMARS[language];
}

/**
 * Finishes a composed text whose inserted values are still marked: joins them to the phrase
 * (elision, contraction), capitalises those that start a sentence, then applies typography.
 */
export function finishText(text: string, language: Language): string {
  const grammar = grammarFor(language);
  return grammar.typography(unmark(capitalizeSentenceStarts(grammar.junctions(text))));
}

// The guided-template engine: pure, deterministic, no DOM and no storage. (definition, answers,
// context, phrase bank, wording) → text. The words live in the bank; the grammar of the
// language joins, capitalises and typesets them.
import { tradeFamily } from '../domain/trades';
import { createComposition } from './composition';
import { finishText, grammarFor } from './grammar';
import { hashtagsToAdd } from './hashtags';
import { type Filling, fill, nodeAt, pickWording, wordingsOf } from './phrases';
import { resolveQuestion } from './questions';
import type {
  Answers,
  AnswerValue,
  ComposeContext,
  HashtagSource,
  Part,
  PhraseBank,
  Question,
  Scope,
  TemplateDefinition,
} from './types';
import { answerProblem } from './validation';
import { cycleLength, wordingIndex } from './wording';

export { answerList, answerNumber, answerText, isAnswered } from './answers';

/** Which wording: the document's seed (its id) and the turn of "another wording". */
export interface Wording {
  seed?: string;
  variant?: number;
  /** Told of a phrase, value or word the bank lacks (tests make it fail; the app skips it). */
  onMissing?: (what: string) => void;
}

/** What decides the words for a context. */
export function scopeOf(context: ComposeContext): Scope {
  const trade = context.company.trade;
  return {
    platform: context.platform,
    trade,
    family: trade === '' ? 'neutral' : tradeFamily(trade),
    // LinkedIn is a professional network: nobody is addressed as « tu » there.
    tone: context.platform === 'linkedin' ? 'vous' : context.tone,
    voice: context.company.voice,
  };
}

/** The answers completed with each question's initial value where nothing was answered. */
export function withInitialAnswers(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
): Answers {
  const scope = scopeOf(context);
  const completed: Record<string, AnswerValue | undefined> = { ...answers };
  for (const spec of definition.questions) {
    if (completed[spec.id] !== undefined) continue;
    const question = resolveQuestion(spec, scope);
    if ('initial' in question && question.initial !== undefined) {
      completed[question.id] = question.initial;
    }
  }
  return completed;
}

/** The questions asked for these answers, in order, chips resolved for the trade and platform. */
export function visibleQuestions(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
): Question[] {
  const scope = scopeOf(context);
  return definition.questions
    .filter((question) => question.when?.(answers, scope) ?? true)
    .map((question) => resolveQuestion(question, scope));
}

/**
 * The visible questions that must be answered, or answered within their declared bounds, before
 * validation. `today` ('YYYY-MM-DD', the flow's clock) also refuses days in the past where a
 * question says so.
 */
export function missingAnswers(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
  today?: string,
): Question[] {
  const completed = withInitialAnswers(definition, answers, context);
  return visibleQuestions(definition, completed, context).filter(
    (question) => answerProblem(question, completed[question.id], today) !== undefined,
  );
}

function fillingFor(bank: PhraseBank, context: ComposeContext, wording: Wording) {
  const grammar = grammarFor(context.language);
  return {
    bank,
    scope: scopeOf(context),
    vars: {},
    seed: wording.seed ?? '',
    variant: wording.variant ?? 0,
    formatNumber: (value: number) => grammar.number(value),
    onMissing: wording.onMissing,
  } satisfies Filling;
}

function partsOf(definition: TemplateDefinition, answers: Answers, context: ComposeContext) {
  const completed = withInitialAnswers(definition, answers, context);
  const scope = scopeOf(context);
  const composition = createComposition(definition.questions, completed, context, scope);
  return definition
    .compose(composition)
    .map((paragraph) => paragraph.filter((part): part is Part => part !== null));
}

/** The tags a hashtag part adds after `text`: its sources resolved, folded, de-duplicated. */
function hashtagLine(sources: readonly HashtagSource[], text: string, filling: Filling): string {
  const candidates = sources.flatMap((source) => {
    if ('words' in source) return [source.words];
    const tags = wordingsOf(nodeAt(filling.bank, source.key), filling.scope);
    if (!tags) filling.onMissing?.(source.key);
    return tags ?? [];
  });
  return hashtagsToAdd(filling.scope.platform, text, candidates).join(' ');
}

/** The key a part reads (its own, else the first of its fallbacks the bank has) and its wordings. */
function wordingsOfPart(
  part: Exclude<Part, { hashtags: unknown }>,
  filling: Filling,
): { key: string; wordings: readonly string[] } | undefined {
  if ('text' in part) return { key: '', wordings: [part.text] };
  for (const key of [part.key, ...(part.or ?? [])]) {
    const wordings = wordingsOf(nodeAt(filling.bank, key), filling.scope);
    if (wordings) return { key, wordings };
  }
  filling.onMissing?.(part.key);
  return undefined;
}

/**
 * Composes a template's text: pure and deterministic for the same definition, answers,
 * context, bank and wording. Each phrase takes its own wording from the seed and its key;
 * "another wording" (the next variant) changes every phrase that has more than one.
 */
export function composeText(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
  bank: PhraseBank,
  wording: Wording = {},
): string {
  const base = fillingFor(bank, context, wording);
  const paragraphs: string[] = [];
  for (const parts of partsOf(definition, answers, context)) {
    const pieces = parts.map((part) => {
      if ('hashtags' in part) return hashtagLine(part.hashtags, paragraphs.join('\n\n'), base);
      if ('text' in part) return part.text.trim();
      const found = wordingsOfPart(part, base);
      if (!found) return '';
      return pickWording(found.wordings, found.key, { ...base, vars: part.vars ?? {} }).trim();
    });
    const paragraph = pieces.filter((piece) => piece !== '').join(' ');
    if (paragraph !== '') paragraphs.push(paragraph);
  }
  return finishText(paragraphs.join('\n\n'), context.language);
}

/** How many turns of "another wording" before the text comes back (at most 1000). */
export function wordingCycle(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
  bank: PhraseBank,
): number {
  const filling = fillingFor(bank, context, {});
  const counts = partsOf(definition, answers, context).flatMap((parts) =>
    parts.map((part) =>
      'hashtags' in part ? 1 : (wordingsOfPart(part, filling)?.wordings.length ?? 1),
    ),
  );
  return cycleLength(counts);
}

const isWorded = (part: Part): part is Exclude<Part, { hashtags: unknown }> =>
  !('hashtags' in part);

/** One part of a composition with every wording it can take, each finished on its own. */
export interface PartWordings {
  key: string;
  wordings: string[];
  /** The index this document and turn would pick. */
  chosen: number;
}

/**
 * The worded parts of a composition (hashtags aside), paragraph by paragraph, with all their
 * wordings: what the tests read to prove that no combination of wordings repeats itself.
 */
export function explainComposition(
  definition: TemplateDefinition,
  answers: Answers,
  context: ComposeContext,
  bank: PhraseBank,
  wording: Wording = {},
): PartWordings[][] {
  const base = fillingFor(bank, context, wording);
  return partsOf(definition, answers, context).map((parts) =>
    parts.filter(isWorded).map((part) => {
      const filling = { ...base, vars: 'text' in part ? {} : (part.vars ?? {}) };
      const found = wordingsOfPart(part, filling) ?? { key: '', wordings: [] };
      const wordings = found.wordings.map((w) =>
        finishText('text' in part ? w : fill(w, filling), context.language),
      );
      return {
        key: found.key,
        wordings,
        chosen: wordingIndex(wordings.length, found.key, base.seed, base.variant),
      };
    }),
  );
}

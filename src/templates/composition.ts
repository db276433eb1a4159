// What a template's `compose` reads its answers through. Chip ids are checked against the
// question's chips for this trade and platform (a stored answer may name a chip the catalogue
// dropped), typed texts are trimmed and their hashtags made platform-ready, days are real days.
import { answerDay, answerList, answerNumber, answerText } from './answers';
import { grammarFor } from './grammar';
import { mark } from './grammar/marks';
import { tidyTypedHashtags } from './hashtags';
import { resolveOptions } from './questions';
import type { Answers, ComposeContext, Part, QuestionSpec, Scope, Vars } from './types';

/** The answers of one composition, read safely, and the phrases they call for. */
export interface Composition {
  readonly answers: Answers;
  readonly context: ComposeContext;
  readonly scope: Scope;
  /** A phrase at `phrases.<path>` with the shared values (company, town, phone, e-mail). */
  say(path: string, vars?: Vars): Part;
  /** A word of the bank at `phrases.<path>`, to insert into another phrase as a value. */
  word(path: string): { ref: string };
  /** `phrases.<path>.one|two|three` with the words `phrases.<words>.<chip>` as a, b and c. */
  listOf(path: string, words: string, chips: readonly string[]): Part | null;
  /** The first of these phrases the bank has (a template's own wording, then a shared one). */
  sayFirst(paths: readonly string[], vars?: Vars): Part;
  /** The chip chosen for `id` among its chips, or ''. */
  choice(id: string): string;
  /** The chips chosen for `id`, in the order of its chips, at most its max. */
  list(id: string): string[];
  /** A typed text for use inside a phrase: one line, without final punctuation; '' if blank. */
  text(id: string): string;
  /** A typed text as a sentence of its own (a full stop added if it has no ending), or null. */
  sentence(id: string): Part | null;
  /** A number within the question's bounds, or undefined. */
  number(id: string): number | undefined;
  /** A day (UTC timestamp), or undefined. */
  day(id: string): number | undefined;
  /** `phrases.<path>.<chip>` for the chip chosen, else `phrases.<fallback>`, else null. */
  chip(id: string, path: string, fallback?: string): Part | null;
  /** One `phrases.<path>.<chip>` per chip chosen. */
  chips(id: string, path: string): Part[];
  /** One day as the language writes it (« vendredi 1er mai »). */
  formatDay(time: number): string;
  /** Both ends of a range as the language writes them (« 4 », « 24 août »). */
  formatRange(from: number, until: number): { from: string; until: string };
  /** Every typed text read so far (their hashtags count against the platform's range). */
  readonly typed: readonly string[];
}

const COUNTS = ['one', 'two', 'three'] as const;

/** The composition of `answers` for `questions` in `context` and `scope`. */
export function createComposition(
  questions: readonly QuestionSpec[],
  answers: Answers,
  context: ComposeContext,
  scope: Scope,
): Composition {
  const grammar = grammarFor(context.language);
  const typed: string[] = [];
  const spec = (id: string) => questions.find((question) => question.id === id);
  const options = (id: string): readonly string[] => {
    const found = spec(id);
    return found && 'options' in found ? resolveOptions(found.options, scope) : [];
  };
  const company = context.company;
  const shared: Vars = {
    company: company.name.trim(),
    city: company.city.trim(),
    phone: company.phone.trim(),
    email: company.email.trim(),
  };
  const read = (id: string): string => {
    const value = tidyTypedHashtags(
      answerText(answers, id).normalize('NFC').replace(/\s+/g, ' '),
      context.platform,
    );
    if (value !== '') typed.push(value);
    return value;
  };
  const say = (path: string, vars?: Vars): Part => ({
    key: `phrases.${path}`,
    vars: { ...shared, ...vars },
  });
  const choice = (id: string) => {
    const value = answers[id];
    return typeof value === 'string' && options(id).includes(value) ? value : '';
  };
  const list = (id: string) => {
    const found = spec(id);
    const max = found?.kind === 'multiple' ? (found.max ?? Infinity) : Infinity;
    const chosen = new Set(answerList(answers, id));
    return options(id)
      .filter((option) => chosen.has(option))
      .slice(0, max);
  };
  return {
    answers,
    context,
    scope,
    typed,
    say,
    word: (path) => ({ ref: `phrases.${path}` }),
    listOf(path, words, chips) {
      const size = COUNTS[Math.min(chips.length, COUNTS.length) - 1];
      if (!size) return null;
      const [a = '', b = '', c = ''] = chips.map((chip) => `phrases.${words}.${chip}`);
      return say(`${path}.${size}`, { a: { ref: a }, b: { ref: b }, c: { ref: c } });
    },
    sayFirst(paths, vars) {
      const [first = '', ...rest] = paths.map((path) => `phrases.${path}`);
      return { key: first, vars: { ...shared, ...vars }, or: rest };
    },
    choice,
    list,
    text: (id) => read(id).replace(/[\s.,;:!?…]+$/u, ''),
    sentence(id) {
      const value = read(id);
      if (value === '') return null;
      return { text: mark(/[.!?…»")]$/u.test(value) ? value : `${value}.`) };
    },
    number(id) {
      const value = answerNumber(answers, id);
      const found = spec(id);
      if (value === undefined || found?.kind !== 'number') return value;
      return value >= found.min && value <= found.max ? value : undefined;
    },
    day: (id) => answerDay(answers, id),
    chip(id, path, fallback) {
      const chosen = choice(id) || list(id)[0];
      if (chosen) return say(`${path}.${chosen}`);
      return fallback === undefined ? null : say(fallback);
    },
    chips: (id, path) => list(id).map((chosen) => say(`${path}.${chosen}`)),
    formatDay: (time) => grammar.day(time),
    formatRange: (from, until) => grammar.range(from, until),
  };
}

import type { TimeCategory } from '../domain/categories';
import type { DocumentKind } from '../domain/documents';
import type { Language } from '../domain/languages';
import type { Trade, TradeFamily } from '../domain/trades';
import type { Voice } from '../domain/voice';
import type { Platform } from './checks';
import type { Composition } from './composition';

/** The families of guided templates; each has its phrase bank namespace in locales/<lang>/. */
export type TemplateFamily = 'reviews' | 'social';

/** One answer: a chip id, several chip ids, a number (stars, quantity) or typed text. */
export type AnswerValue = string | number | readonly string[];
/** Answers by question id. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** A trade family, or 'neutral' while the profile names no trade. */
export type VocabFamily = TradeFamily | 'neutral';

/** Formal "vous" or familiar "tu". */
export type Tone = 'vous' | 'tu';

/** What decides the words: where the text goes, for which trade, to whom and from whom. */
export interface Scope {
  platform: Platform;
  trade: Trade | '';
  family: VocabFamily;
  tone: Tone;
  voice: Voice;
}

/** Chip options: one list for everyone, or a list that depends on the trade or platform. */
export type Options = readonly string[] | ((scope: Scope) => readonly string[]);

interface QuestionBase {
  /** Unique within the template; labels live at `<templateId>.questions.<id>` or `questions.<id>`. */
  id: string;
  /** Asked only when this returns true for the earlier answers. */
  when?: (answers: Answers, scope: Scope) => boolean;
  /** The flow lets the artisan skip it. */
  optional?: boolean;
  /** The text cannot be validated until this (visible) question is answered. */
  required?: boolean;
}

/** A question as a template declares it: chip lists may depend on the trade and platform. */
export type QuestionSpec =
  | (QuestionBase & {
      kind: 'single';
      options: Options;
      /** The chip chosen until the artisan picks one (it may depend on the trade or platform). */
      initial?: string | ((scope: Scope) => string | undefined);
    })
  | (QuestionBase & { kind: 'multiple'; options: Options; max?: number })
  | (QuestionBase & { kind: 'rating'; initial?: number })
  | (QuestionBase & { kind: 'text'; maxLength: number })
  | (QuestionBase & { kind: 'number'; min: number; max: number; initial?: number })
  | (QuestionBase & {
      kind: 'date';
      /** The day cannot be before today (an offer's end, an event still to come). */
      notPast?: boolean;
    });

/** A question as the flow asks it, its chips resolved for the artisan's trade and platform. */
export type Question =
  | (QuestionBase & { kind: 'single'; options: readonly string[]; initial?: string })
  | (QuestionBase & { kind: 'multiple'; options: readonly string[]; max?: number })
  | Extract<QuestionSpec, { kind: 'rating' | 'text' | 'number' | 'date' }>;

/** What composition knows besides the answers: who signs, how to address, where it goes. */
export interface ComposeContext {
  /** The language of the phrase bank; grammar, typography, dates and numbers follow it. */
  language: Language;
  company: {
    name: string;
    phone: string;
    email: string;
    city: string;
    trade: Trade | '';
    /** « je » for one person, « nous » for a team. */
    voice: Voice;
  };
  tone: Tone;
  platform: Platform;
}

/**
 * Values inserted into a phrase: text as given, numbers (formatted for the language), or a
 * reference to a word of the bank (`{ ref: 'phrases.beforeAfter.after.bright' }`), chosen for the
 * trade like any phrase.
 */
export type Vars = Readonly<Record<string, string | number | { ref: string }>>;

/**
 * One piece of output: a phrase-bank key (a string or a list of wordings, possibly per trade
 * or platform) with the values it inserts, or literal text (e.g. hashtags already built). `or`
 * lists keys tried in turn when the bank has no `key` (a template's own wording of a shared
 * phrase, falling back to the shared one).
 */
export type Part =
  | { key: string; vars?: Vars; or?: readonly string[] }
  | { text: string }
  | { hashtags: readonly HashtagSource[] };

/**
 * A source of hashtags, most relevant first: bank words (a tag or a list of tags, possibly per
 * trade) or plain words folded into one tag (a town). The engine adds what the platform wants,
 * minus the tags the text already holds.
 */
export type HashtagSource = { key: string } | { words: string };

/** A paragraph of parts; null parts are skipped, and so are empty paragraphs. */
export type Paragraph = ReadonlyArray<Part | null>;

/** What the catalogue, the dashboards and sync need to know of a template: no words, no code. */
export interface TemplateMeta {
  /** Sent with indicators: /^[a-z0-9-]{1,64}$/. */
  id: string;
  family: TemplateFamily;
  kind: Extract<DocumentKind, 'review-reply' | 'social-post'>;
  /** Trade families it suits. */
  trades: readonly TradeFamily[];
  /** Minutes the template saves, proposed to the time-saved log after validation. */
  baselineMinutes: number;
  category: TimeCategory;
  /** Where the output can be published; the first is the default. */
  platforms: readonly Platform[];
  /** Review replies: the star counts the template answers (the catalogue asks them first). */
  stars?: readonly number[];
}

/** A guided template: its questions and how its answers become text. Structure only: no words. */
export interface TemplateDefinition extends TemplateMeta {
  questions: readonly QuestionSpec[];
  /** Paragraphs of parts, read through the composition's helpers. Must be pure. */
  compose(composition: Composition): Paragraph[];
}

/** A family's phrase bank: the JSON of locales/<lang>/<family>.json. */
export type PhraseBank = Readonly<Record<string, unknown>>;

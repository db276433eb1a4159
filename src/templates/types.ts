import type { TimeCategory } from '../domain/categories';
import type { DocumentKind } from '../domain/documents';
import type { Trade, TradeFamily } from '../domain/trades';
import type { Platform } from './checks';

/** The families of guided templates; each has its phrase bank namespace in locales/<lang>/. */
export type TemplateFamily = 'reviews' | 'social';

/** One answer: a chip id, several chip ids, a number (stars, quantity) or typed text. */
export type AnswerValue = string | number | readonly string[];
/** Answers by question id. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

interface QuestionBase {
  /** Unique within the template; labels live at `<templateId>.questions.<id>` or `questions.<id>`. */
  id: string;
  /** Asked only when this returns true for the earlier answers. */
  when?: (answers: Answers) => boolean;
  /** The flow lets the artisan skip it. */
  optional?: boolean;
}

/** A question of a guided template. */
export type Question =
  | (QuestionBase & { kind: 'single'; options: readonly string[]; initial?: string })
  | (QuestionBase & { kind: 'multiple'; options: readonly string[]; max?: number })
  | (QuestionBase & { kind: 'rating'; initial?: number })
  | (QuestionBase & { kind: 'text'; maxLength: number })
  | (QuestionBase & { kind: 'number'; min: number; max: number; initial?: number })
  | (QuestionBase & { kind: 'date' });

/** Formal "vous" or familiar "tu": the phrase banks hold `_tu` variants where wording differs. */
export type Tone = 'vous' | 'tu';

/** What composition knows besides the answers: who signs, how to address, where it goes. */
export interface ComposeContext {
  company: {
    name: string;
    phone: string;
    email: string;
    city: string;
    trade: Trade | '';
  };
  tone: Tone;
  platform: Platform;
}

/**
 * One piece of output: a phrase-bank key (its value is a string or an array of variants) with
 * its interpolation variables, or literal text (e.g. hashtags already built).
 */
export type Part =
  | { key: string; vars?: Readonly<Record<string, string | number>>; count?: number }
  | { text: string };

/** A guided template: its questions and how its answers become text. Structure only: no words. */
export interface TemplateDefinition {
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
  questions: readonly Question[];
  /** Paragraphs of parts; empty parts and paragraphs are dropped. Must be pure. */
  compose(answers: Answers, context: ComposeContext): ReadonlyArray<ReadonlyArray<Part | null>>;
}

/** Looks up a phrase: returns a string, an array of variant strings, or the key when missing. */
export type Translate = (key: string, options: Record<string, unknown>) => unknown;

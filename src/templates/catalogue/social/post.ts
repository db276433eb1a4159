// What every social post shares (domain.md §4): the platform asked first, a call to action that
// exists on that platform and fits the trade, the town, the signature and hashtags folded the
// way platforms index them. A format only declares its questions, its body and its topic tags.
import type { Composition } from '../../composition';
import { single } from '../../questions';
import type { Paragraph, Part, QuestionSpec, Scope, TemplateDefinition } from '../../types';
import { metaOf } from '../meta';
import { define, signature, signerQuestion, toneQuestion } from '../shared';
import { CTA_BY_FAMILY } from './options';

/** One social format: its questions, its body, its hashtags; the rest is shared. */
export interface PostSpec {
  id: string;
  questions: readonly QuestionSpec[];
  /** Whether the post ends with a call to action chosen by the artisan. */
  cta: boolean;
  /** The phrases of the post, before the call to action. */
  body(c: Composition): Paragraph[];
  /** The format's own hashtag words (bank keys under `hashtags.`), most relevant first. */
  topics(c: Composition): readonly string[];
  /** Where a format's own wording of a call to action lives, before the shared one. */
  ctaPath?: (c: Composition) => string | null;
  /**
   * LinkedIn's closing line (`phrases.<path>`): what this post means for the business, in its own
   * words (by kind, moment or consent), never a company slogan shared by every post. Required for
   * every format published on LinkedIn.
   */
  linkedinClosing?: (c: Composition) => string;
  /**
   * Where this format's LinkedIn call lives (`phrases.<path>.project`, by trade family): the
   * partnership, recommendation or share that fits the post, never a consumer call to action.
   */
  linkedinCall?: string;
}

/** The calls to action that exist on the platform and suit the trade. */
export function ctaOptions(scope: Scope): readonly string[] {
  if (scope.platform === 'linkedin') return ['project', 'none'];
  const options = CTA_BY_FAMILY[scope.family];
  // Google Business messaging closed on 31 July 2024; a post's button can call, book or order.
  if (scope.platform === 'google-post') {
    return options.filter((option) => option !== 'message' && option !== 'quote');
  }
  return options;
}

/** The call to action the post ends with, or '' (none chosen, or a call without a phone). */
function chosenCall(c: Composition): string {
  const chosen = c.choice('cta');
  if (chosen === '' || chosen === 'none') return '';
  if (chosen === 'call' && c.context.company.phone.trim() === '') return '';
  return chosen;
}

/**
 * Whether the post ends with a call to action: a post asks one thing only, so a question to the
 * audience (« Avant ou après ? ») makes way for it.
 */
export function endsWithCall(c: Composition): boolean {
  return chosenCall(c) !== '';
}

/** The call to action chosen, in the format's own words if it has some. */
function callToAction(c: Composition, path: string | null): Part | null {
  const chosen = chosenCall(c);
  if (chosen === '') return null;
  const own = path ? [`${path}.${chosen}`] : [];
  return c.sayFirst([...own, `cta.${chosen}`]);
}

/** Google: the trade and the town in plain words. Elsewhere, a pin before the town. */
function local(c: Composition): Paragraph[] {
  const city = c.context.company.city.trim();
  if (c.scope.platform === 'google-post') {
    if (city) return [[c.say('local.city')]];
    return c.scope.trade ? [[c.say('local.trade')]] : [];
  }
  return [[city ? c.say('local.pin') : null]];
}

/** The hashtag line: the format's tags, the town, the trade, its family, then the craft. */
function hashtags(c: Composition, topics: readonly string[]): Paragraph[] {
  if (c.scope.platform === 'google-post') return [];
  return [
    [
      {
        hashtags: [
          ...topics.map((key) => ({ key: `hashtags.${key}` })),
          { words: c.context.company.city },
          ...(c.scope.trade ? [{ key: `hashtags.trade.${c.scope.trade}` }] : []),
          { key: `hashtags.family.${c.scope.family}` },
          { key: 'hashtags.generic' },
        ],
      },
    ],
  ];
}

/** Where the format words its call to action on this platform, if it has its own words. */
function callPath(c: Composition, spec: PostSpec): string | null {
  if (c.scope.platform === 'linkedin' && spec.linkedinCall) return spec.linkedinCall;
  return spec.ctaPath?.(c) ?? null;
}

/** A social post definition from its format. */
export function socialTemplate(spec: PostSpec): TemplateDefinition {
  const { platforms } = metaOf(spec.id);
  const questions: QuestionSpec[] = [
    // The platforms the format is made for, the usual one first.
    { id: 'platform', kind: 'single', options: platforms, initial: platforms[0] },
    ...spec.questions,
    ...(spec.cta ? [single('cta', ctaOptions, { initial: (scope) => ctaOptions(scope)[0] })] : []),
    toneQuestion,
    signerQuestion,
  ];
  return define(spec.id, questions, (c) => [
    ...spec.body(c),
    // LinkedIn closes on what the post means for the business, before anything is proposed.
    [
      c.scope.platform === 'linkedin' && spec.linkedinClosing
        ? c.say(spec.linkedinClosing(c))
        : null,
    ],
    [spec.cta ? callToAction(c, callPath(c, spec)) : null],
    ...local(c),
    [c.scope.platform === 'google-post' ? null : signature(c)],
    ...hashtags(c, spec.topics(c)),
  ]);
}

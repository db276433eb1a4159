// Replies to Google reviews (domain.md §3): thank → put in context → repair → invite back, about
// 600 characters. Structure only: every word lives in locales/<lang>/reviews.json. Negative
// replies never argue, move the talk to the company's phone or e-mail and offer a concrete fix.
import { isTrade, TRADE_FAMILIES, tradeFamily } from '../../domain/trades';
import { answerList, answerNumber, answerText } from '../engine';
import type { Answers, ComposeContext, Part, Question, TemplateDefinition } from '../types';
import { customerNameQuestion, greeting, signature, signerQuestion, toneQuestion } from './shared';

type Paragraph = ReadonlyArray<Part | null>;

const HIGHLIGHTS = ['quality', 'punctuality', 'cleanliness', 'advice', 'welcome', 'value'];
const POINTS = ['delay', 'finish', 'cleanliness', 'communication', 'price'];
const POINT_ACTIONS = [
  'changed-planning',
  'end-checklist',
  'progress-updates',
  'quote-detail',
  'team-talk',
];
const DELAY_CAUSES = ['planning', 'supplier', 'weather', 'workload'];
const DELAY_ACTIONS = ['changed-planning', 'new-supplier', 'called-customer', 'clearer-dates'];
const QUALITY_ISSUES = ['finish', 'defect', 'not-as-agreed', 'damage'];
const RESPONSIBILITY = ['acknowledged', 'to-check'];
const PRICE_ISSUES = ['above-quote', 'too-expensive', 'unclear-extras'];
const PRICE_REASONS = ['extra-work', 'materials', 'our-mistake'];
const COMMUNICATION_ISSUES = ['no-reply', 'no-updates', 'unclear', 'welcome'];
const COMMUNICATION_ACTIONS = [
  'callback-rule',
  'progress-updates',
  'single-contact',
  'written-summary',
];
const HYPOTHESES = ['similar-name', 'other-name'];
// Only an invoice above the quote or unexplained extras call for saying where the gap came from.
const EXPLAINED_PRICE_ISSUES = ['above-quote', 'unclear-extras'];
const RATING_OFFERS = ['call-back', 'visit'];
const DELAY_OFFERS = ['call-back', 'priority', 'gesture'];
const QUALITY_OFFERS = ['visit', 'fix-free', 'call-back', 'partial-refund'];
const PRICE_OFFERS = ['review-invoice', 'call-back', 'partial-refund', 'gesture'];
const COMMUNICATION_OFFERS = ['call-back', 'meeting'];
const RATING_ONLY_STARS = 4;

/** A phrase of the bank, by its path under `phrases`. */
const phrase = (path: string): Part => ({ key: `phrases.${path}` });

/** The chip ids chosen among `options` (a stored answer may hold an id the catalogue dropped). */
function chosen(answers: Answers, id: string, options: readonly string[]): string[] {
  return answerList(answers, id).filter((option) => options.includes(option));
}

/** The phrase of the chip chosen for `id`, else the `fallback` phrase, else null. */
function chip(
  answers: Answers,
  id: string,
  options: readonly string[],
  prefix: string,
  fallback?: string,
) {
  const [first] = chosen(answers, id, options);
  if (first !== undefined) return phrase(`${prefix}.${first}`);
  return fallback === undefined ? null : phrase(fallback);
}

/** One phrase per chip chosen for `id`, in the order of the options. */
function chips(answers: Answers, id: string, options: readonly string[], prefix: string): Part[] {
  const picked = chosen(answers, id, options);
  return options.filter((option) => picked.includes(option)).map((o) => phrase(`${prefix}.${o}`));
}

/** The stars given (1–5), or `fallback` when the answer is missing or out of range. */
function starsOf(answers: Answers, fallback: number): number {
  const stars = answerNumber(answers, 'stars');
  return stars !== undefined && stars >= 1 && stars <= 5 ? Math.round(stars) : fallback;
}

/** The concrete detail of the job, on one line and without its closing punctuation. */
function detail(answers: Answers): Part | null {
  const text = answerText(answers, 'detail')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?…;:,]+$/u, '');
  return text ? { key: 'phrases.detail', vars: { detail: text } } : null;
}

/** How to reach the company: its phone and/or e-mail from the profile, never the customer's. */
function contact(context: ComposeContext): Part {
  const phone = context.company.phone.trim();
  const email = context.company.email.trim();
  if (phone && email) return { key: 'phrases.contact.both', vars: { phone, email } };
  if (phone) return { key: 'phrases.contact.phone', vars: { phone } };
  if (email) return { key: 'phrases.contact.email', vars: { email } };
  return phrase('contact.none');
}

/** "See you soon", worded for the company's trade family (a bakery does not do "travaux"). */
function welcomeBack(context: ComposeContext): Part {
  const trade = context.company.trade;
  return phrase(`welcomeBack.${isTrade(trade) ? tradeFamily(trade) : 'any'}`);
}

/** The offers chosen, then how to reach the company. */
function repair(answers: Answers, context: ComposeContext, offers: readonly string[]): Paragraph {
  return [...chips(answers, 'offer', offers, 'offer'), contact(context)];
}

/** Greeting first, signature last, the body in between. */
function frame(answers: Answers, context: ComposeContext, body: readonly Paragraph[]): Paragraph[] {
  return [[greeting(answers)], ...body, [signature(answers, context)]];
}

/** A positive reply: thanks, what they liked and the detail, then `middle`, then "see you". */
function positive(answers: Answers, context: ComposeContext, thanks: string, middle: Paragraph[]) {
  const liked = chip(answers, 'highlight', HIGHLIGHTS, 'highlight');
  return frame(answers, context, [
    [phrase(thanks), liked, detail(answers)],
    ...middle,
    [welcomeBack(context)],
  ]);
}

/** A negative reply: thanks and `opening`, what changed, the fix and contact, "update later". */
function negative(
  answers: Answers,
  context: ComposeContext,
  opening: Paragraph,
  changes: Paragraph,
  offers: readonly string[],
) {
  return frame(answers, context, [
    [phrase('thanks.negative'), ...opening],
    changes,
    repair(answers, context, offers),
    [phrase('inviteUpdate')],
  ]);
}

/** The acknowledged point and what changed, or an invitation to say what could be better. */
function pointParagraph(answers: Answers, askMore: string): Paragraph {
  const point = chip(answers, 'point', POINTS, 'point');
  if (!point) return [phrase(askMore)];
  return [point, chip(answers, 'actions', POINT_ACTIONS, 'actions')];
}

/** A reply to stars without text: the number of stars decides the tone. */
function ratingOnly(answers: Answers, context: ComposeContext, fallback: number) {
  const stars = starsOf(answers, fallback);
  if (stars >= 4) {
    return frame(answers, context, [
      [phrase(stars === 5 ? 'ratingOnly.five' : 'ratingOnly.four'), detail(answers)],
      stars === 5 ? [] : [phrase('askMore.fourStars')],
      [welcomeBack(context)],
    ]);
  }
  const low = stars <= 2;
  return frame(answers, context, [
    [
      phrase(low ? 'ratingOnly.low' : 'ratingOnly.mixed'),
      phrase(low ? 'ratingOnly.regret' : 'askMore.mixed'),
    ],
    repair(answers, context, RATING_OFFERS),
    low ? [phrase('inviteUpdate')] : [],
  ]);
}

const rating = (initial: number): Question => ({ id: 'stars', kind: 'rating', initial });
type Extra = Pick<Question, 'when' | 'optional'>;
const single = (id: string, options: readonly string[], extra: Extra & { initial?: string } = {}) =>
  ({ id, kind: 'single', options, optional: true, ...extra }) satisfies Question;
const multiple = (id: string, options: readonly string[], extra: Extra = {}) =>
  ({ id, kind: 'multiple', options, max: 2, optional: true, ...extra }) satisfies Question;
const detailQuestion: Question = { id: 'detail', kind: 'text', maxLength: 120, optional: true };
const highlightQuestion = single('highlight', HIGHLIGHTS);
const pointQuestion = single('point', POINTS);
const pointActionsQuestion = single('actions', POINT_ACTIONS, {
  when: (answers) => chosen(answers, 'point', POINTS).length > 0,
});
const explainsGap = (answers: Answers) =>
  chosen(answers, 'issue', EXPLAINED_PRICE_ISSUES).length > 0;

/** A review-reply template: stars first, then the scenario's questions, tone and signer last. */
function review(
  id: string,
  baselineMinutes: number,
  stars: number,
  questions: readonly Question[],
  compose: TemplateDefinition['compose'],
): TemplateDefinition {
  return {
    id,
    family: 'reviews',
    kind: 'review-reply',
    trades: TRADE_FAMILIES,
    baselineMinutes,
    category: 'customer-relations',
    platforms: ['google-review-reply'],
    questions: [rating(stars), customerNameQuestion, ...questions, toneQuestion, signerQuestion],
    compose,
  };
}

/** The review-reply catalogue, from the happiest customer to someone who never was one. */
export const REVIEW_TEMPLATES: readonly TemplateDefinition[] = [
  review('review-five-stars-text', 10, 5, [highlightQuestion, detailQuestion], (answers, context) =>
    positive(answers, context, 'thanks.fiveText', []),
  ),
  review('review-five-stars-no-text', 6, 5, [detailQuestion], (answers, context) =>
    ratingOnly(answers, context, 5),
  ),
  review(
    'review-four-stars',
    10,
    4,
    [highlightQuestion, detailQuestion, pointQuestion, pointActionsQuestion],
    (answers, context) =>
      positive(answers, context, 'thanks.fourStars', [
        pointParagraph(answers, 'askMore.fourStars'),
      ]),
  ),
  review(
    'review-three-stars-mixed',
    12,
    3,
    [highlightQuestion, pointQuestion, pointActionsQuestion, multiple('offer', RATING_OFFERS)],
    (answers, context) =>
      positive(answers, context, 'thanks.mixed', [
        pointParagraph(answers, 'askMore.mixed'),
        repair(answers, context, RATING_OFFERS),
      ]),
  ),
  review(
    'review-negative-delay',
    20,
    2,
    [
      single('cause', DELAY_CAUSES),
      multiple('actions', DELAY_ACTIONS),
      multiple('offer', DELAY_OFFERS),
    ],
    (answers, context) =>
      negative(
        answers,
        context,
        [phrase('delay.apology'), chip(answers, 'cause', DELAY_CAUSES, 'delay.cause')],
        chips(answers, 'actions', DELAY_ACTIONS, 'actions'),
        DELAY_OFFERS,
      ),
  ),
  review(
    'review-negative-quality',
    20,
    1,
    [
      single('issue', QUALITY_ISSUES),
      single('responsibility', RESPONSIBILITY, { initial: 'to-check', optional: false }),
      multiple('offer', QUALITY_OFFERS),
    ],
    (answers, context) =>
      negative(
        answers,
        context,
        [
          chip(answers, 'issue', QUALITY_ISSUES, 'quality.issue', 'quality.generic'),
          chip(answers, 'responsibility', RESPONSIBILITY, 'quality.responsibility'),
        ],
        [],
        QUALITY_OFFERS,
      ),
  ),
  review(
    'review-negative-price',
    20,
    2,
    [
      single('issue', PRICE_ISSUES),
      single('reason', PRICE_REASONS, { when: explainsGap }),
      multiple('offer', PRICE_OFFERS),
    ],
    (answers, context) => {
      const reason = explainsGap(answers)
        ? chip(answers, 'reason', PRICE_REASONS, 'price.reason')
        : null;
      const issue = chip(answers, 'issue', PRICE_ISSUES, 'price.issue', 'price.generic');
      return negative(
        answers,
        context,
        [issue, reason ?? phrase('price.transparency')],
        [],
        PRICE_OFFERS,
      );
    },
  ),
  review(
    'review-negative-communication',
    18,
    2,
    [
      single('issue', COMMUNICATION_ISSUES),
      multiple('actions', COMMUNICATION_ACTIONS),
      multiple('offer', COMMUNICATION_OFFERS),
    ],
    (answers, context) =>
      negative(
        answers,
        context,
        [
          chip(
            answers,
            'issue',
            COMMUNICATION_ISSUES,
            'communication.issue',
            'communication.generic',
          ),
        ],
        chips(answers, 'actions', COMMUNICATION_ACTIONS, 'actions'),
        COMMUNICATION_OFFERS,
      ),
  ),
  review(
    'review-rating-only',
    8,
    RATING_ONLY_STARS,
    [
      { ...detailQuestion, when: (answers) => starsOf(answers, RATING_ONLY_STARS) >= 4 },
      multiple('offer', RATING_OFFERS, {
        when: (answers) => starsOf(answers, RATING_ONLY_STARS) <= 3,
      }),
    ],
    (answers, context) => ratingOnly(answers, context, RATING_ONLY_STARS),
  ),
  review('review-not-a-customer', 15, 1, [single('hypothesis', HYPOTHESES)], (answers, context) =>
    frame(answers, context, [
      [
        phrase('notCustomer.thanks'),
        phrase('notCustomer.noRecord'),
        chip(answers, 'hypothesis', HYPOTHESES, 'notCustomer.hypothesis'),
      ],
      [phrase('notCustomer.clarify'), contact(context)],
      [phrase('notCustomer.closing')],
    ]),
  ),
];

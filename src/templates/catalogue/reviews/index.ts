// Replies to Google reviews: structure only, every word is in locales/<lang>/reviews.json.
import type { Composition } from '../../composition';
import { multiple, single, typed } from '../../questions';
import type { Answers, QuestionSpec, Scope, TemplateDefinition } from '../../types';
import { byFamily, customerNameQuestion, define, signerQuestion, toneQuestion } from '../shared';
import {
  COMMUNICATION_ACTIONS,
  COMMUNICATION_ISSUES,
  DELAY_ACTIONS,
  DELAY_CAUSES,
  EXPLAINED_PRICE_ISSUES,
  HIGHLIGHTS,
  HYPOTHESES,
  OFFERS,
  POINT_ACTIONS,
  POINTS,
  PRICE_ISSUES,
  PRICE_REASONS,
  QUALITY_ISSUES,
  RESPONSIBILITY,
} from './options';
import { contact, detail, frame, negativeThanks, pointParagraph, repair, starsOf } from './parts';

const RATING_ONLY_STARS = 4;

const rating = (initial: number): QuestionSpec => ({ id: 'stars', kind: 'rating', initial });
const detailQuestion = typed('detail', 120);
const jobQuestion = typed('job', 80);
const highlightQuestion = single('highlight', byFamily(HIGHLIGHTS));
const pointQuestion = single('point', byFamily(POINTS));
const pointActionsQuestion = single('actions', byFamily(POINT_ACTIONS), {
  when: (answers) => typeof answers.point === 'string' && answers.point !== '',
});
const offerQuestion = multiple('offer', OFFERS, 2);
const explainsGap = (answers: Answers, scope: Scope) =>
  (EXPLAINED_PRICE_ISSUES as readonly unknown[]).includes(answers.issue) &&
  PRICE_ISSUES[scope.family].includes(String(answers.issue));

/** A reply: stars first, the name, the scenario's questions, then tone and signer. */
function review(
  id: string,
  stars: number,
  questions: readonly QuestionSpec[],
  compose: (c: Composition) => ReturnType<TemplateDefinition['compose']>,
): TemplateDefinition {
  return define(
    id,
    [rating(stars), customerNameQuestion, ...questions, toneQuestion, signerQuestion],
    compose,
  );
}

/** A happy reply: thanks, what they liked and the detail, then `middle`, then "see you". */
function positive(c: Composition, thanks: string, middle: ReturnType<typeof pointParagraph>[]) {
  return frame(c, [
    [c.say(thanks), c.chip('highlight', 'highlight'), detail(c)],
    ...middle,
    [c.say('welcomeBack')],
  ]);
}

/** A reply to stars without text: the number of stars decides the tone. */
function ratingOnly(c: Composition, fallback: number) {
  const stars = starsOf(c, fallback);
  if (stars >= 4) {
    return frame(c, [
      [c.say(stars === 5 ? 'ratingOnly.five' : 'ratingOnly.four'), detail(c)],
      stars === 5 ? [] : [c.say('askMore.fourStars')],
      [c.say('welcomeBack')],
    ]);
  }
  const low = stars <= 2;
  return frame(c, [
    [
      c.say(low ? 'ratingOnly.low' : 'ratingOnly.mixed'),
      c.say(low ? 'ratingOnly.regret' : 'askMore.mixed'),
    ],
    repair(c),
  ]);
}

/** The review-reply catalogue, from the happiest customer to someone who never was one. */
export const REVIEW_TEMPLATES: readonly TemplateDefinition[] = [
  review('review-five-stars-text', 5, [highlightQuestion, detailQuestion], (c) =>
    positive(c, 'thanks.fiveText', []),
  ),
  review('review-five-stars-no-text', 5, [detailQuestion], (c) => ratingOnly(c, 5)),
  review(
    'review-four-stars',
    4,
    [highlightQuestion, detailQuestion, pointQuestion, pointActionsQuestion],
    (c) => positive(c, 'thanks.fourStars', [pointParagraph(c, 'askMore.fourStars')]),
  ),
  review(
    'review-three-stars-mixed',
    3,
    [highlightQuestion, pointQuestion, pointActionsQuestion, offerQuestion],
    (c) =>
      positive(c, 'thanks.mixed', [
        pointParagraph(c, 'askMore.mixed'),
        c.list('offer').length > 0 ? repair(c) : [],
      ]),
  ),
  review(
    'review-negative-delay',
    2,
    [
      single('cause', byFamily(DELAY_CAUSES)),
      multiple('actions', byFamily(DELAY_ACTIONS), 2),
      offerQuestion,
      jobQuestion,
    ],
    (c) =>
      frame(c, [
        [negativeThanks(c), c.say('delay.apology'), c.chip('cause', 'delay.cause')],
        c.chips('actions', 'actions'),
        repair(c),
      ]),
  ),
  review(
    'review-negative-quality',
    1,
    [
      single('issue', byFamily(QUALITY_ISSUES)),
      single('responsibility', RESPONSIBILITY, { initial: 'to-check', optional: false }),
      offerQuestion,
      jobQuestion,
    ],
    (c) =>
      frame(c, [
        [
          negativeThanks(c),
          c.chip('issue', 'quality.issue', 'quality.generic'),
          c.chip('responsibility', 'quality.responsibility'),
        ],
        repair(c),
      ]),
  ),
  review(
    'review-negative-price',
    2,
    [
      single('issue', byFamily(PRICE_ISSUES)),
      single('reason', byFamily(PRICE_REASONS), { when: explainsGap }),
      offerQuestion,
      jobQuestion,
    ],
    (c) => {
      const explained = (EXPLAINED_PRICE_ISSUES as readonly string[]).includes(c.choice('issue'));
      const reason = explained ? c.chip('reason', 'price.reason') : null;
      return frame(c, [
        [
          negativeThanks(c),
          c.chip('issue', 'price.issue', 'price.generic'),
          reason ?? c.say('price.transparency'),
        ],
        repair(c),
      ]);
    },
  ),
  review(
    'review-negative-communication',
    2,
    [
      single('issue', COMMUNICATION_ISSUES),
      multiple('actions', byFamily(COMMUNICATION_ACTIONS), 2),
      offerQuestion,
      jobQuestion,
    ],
    (c) =>
      frame(c, [
        [negativeThanks(c), c.chip('issue', 'communication.issue', 'communication.generic')],
        c.chips('actions', 'actions'),
        repair(c),
      ]),
  ),
  review(
    'review-rating-only',
    RATING_ONLY_STARS,
    [
      { ...detailQuestion, when: (answers) => starsAnswer(answers) >= 4 },
      { ...offerQuestion, when: (answers) => starsAnswer(answers) <= 3 },
    ],
    (c) => ratingOnly(c, RATING_ONLY_STARS),
  ),
  review('review-not-a-customer', 1, [single('hypothesis', HYPOTHESES)], (c) =>
    frame(c, [
      [
        c.say('notCustomer.thanks'),
        c.say('notCustomer.noRecord'),
        c.chip('hypothesis', 'notCustomer.hypothesis'),
      ],
      [c.say('notCustomer.clarify'), contact(c)],
      [c.say('notCustomer.closing')],
    ]),
  ),
];

/** The stars of a bare rating, as answered (the default when out of range). */
function starsAnswer(answers: Answers): number {
  const stars = answers.stars;
  return typeof stars === 'number' && stars >= 1 && stars <= 5 ? stars : RATING_ONLY_STARS;
}

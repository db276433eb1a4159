// Posts that sell and reassure: an offer with its end date, a customer's words (with consent).
import { answerText } from '../../answers';
import type { Composition } from '../../composition';
import { amount, answerIs, day, single, typed } from '../../questions';
import type { Part } from '../../types';
import { customerNameQuestion } from '../shared';
import { AUDIENCES } from './options';
import { socialTemplate } from './post';

/** The offer's headline: the discount or the gift, on what, or a plain one. */
function offerHook(c: Composition): Part {
  const on = c.text('on');
  const suffix = on ? 'On' : '';
  switch (c.choice('offerKind')) {
    case 'percent': {
      const percent = c.number('percent');
      if (percent !== undefined) return c.say(`offer.hook.percent${suffix}`, { percent, on });
      break;
    }
    case 'amount': {
      const value = c.number('amount');
      if (value !== undefined) return c.say(`offer.hook.amount${suffix}`, { amount: value, on });
      break;
    }
    case 'gift': {
      const gift = c.text('gift');
      if (gift) return c.say(`offer.hook.gift${suffix}`, { gift, on });
      break;
    }
  }
  return c.say(`offer.hook.plain${suffix}`, { on });
}

/**
 * An offer. Nothing is chosen for the artisan: the kind, the discount or the gift and the end
 * date have no default and are required before the text can be validated; a discount is 1 to
 * 90 %, an amount 1 to 5,000 €, and the offer cannot end before today.
 */
export const offer = socialTemplate({
  id: 'post-offer',
  questions: [
    single('offerKind', ['percent', 'amount', 'gift'], { required: true, optional: false }),
    amount('percent', 1, 90, { when: answerIs('offerKind', 'percent'), required: true }),
    amount('amount', 1, 5000, { when: answerIs('offerKind', 'amount'), required: true }),
    typed('gift', 80, { when: answerIs('offerKind', 'gift'), required: true }),
    typed('on', 100),
    single('audience', AUDIENCES),
    day('endDate', { required: true, notPast: true }),
  ],
  cta: true,
  body(c) {
    const end = c.day('endDate');
    return [
      [
        offerHook(c),
        end === undefined ? null : c.say('dates.offerUntil', { day: c.formatDay(end) }),
      ],
      [c.chip('audience', 'offer.audience'), c.say('offer.body')],
      [c.say('offer.terms')],
    ];
  },
  topics: () => ['topic.offer'],
});

/** The customer's stars, drawn; a testimonial shows only a good rating (4 or 5). */
function stars(c: Composition): Part | null {
  const rating = c.number('rating');
  if (rating === undefined || rating < 4) return null;
  const full = Math.min(5, Math.max(1, Math.round(rating)));
  return { text: '★'.repeat(full) + '☆'.repeat(5 - full) };
}

const consentGiven = answerIs('consent', 'yes');

/** A testimonial: the customer's words only with their consent, else thanks to every customer. */
export const testimonial = socialTemplate({
  id: 'post-testimonial',
  questions: [
    { id: 'consent', kind: 'single', options: ['yes', 'no'] },
    typed('quote', 150, { when: consentGiven }),
    { ...customerNameQuestion, when: consentGiven },
    { id: 'rating', kind: 'rating', optional: true, when: consentGiven },
    typed('about', 80),
  ],
  cta: true,
  body(c) {
    const about = c.text('about');
    // The customer's words and name are read only with their consent: nothing leaks otherwise.
    const quote = c.choice('consent') === 'yes' ? c.text('quote') : '';
    if (!quote) {
      return [
        [c.say('testimonial.generic.hook')],
        [
          c.say('testimonial.generic.body'),
          about ? c.say('testimonial.aboutGeneric', { about }) : null,
        ],
        [c.say('testimonial.invite')],
      ];
    }
    const name = c.text('customerName');
    return [
      [c.say('testimonial.hook')],
      [c.say('testimonial.quote', { quote }), stars(c)],
      [name ? c.say('testimonial.by', { name }) : null],
      [about ? c.say('testimonial.about', { about }) : null, c.say('testimonial.thanks')],
    ];
  },
  // A customer's own words speak of recommendation; thanks to every customer, of reviews.
  linkedinClosing: (c) =>
    c.choice('consent') === 'yes' && answerText(c.answers, 'quote').trim() !== ''
      ? 'testimonial.closing.quote'
      : 'testimonial.closing.generic',
  linkedinCall: 'testimonial.linkedinCall',
  topics: () => ['topic.testimonial'],
});

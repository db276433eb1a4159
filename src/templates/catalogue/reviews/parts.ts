// Pieces every review reply is made of (domain.md §3): thank → put in context → repair →
// invite back. Negative replies never argue, never promise a refund or a redo in public, move
// the talk to the company's phone or e-mail, and do not ask for a better rating.
import type { Composition } from '../../composition';
import type { Paragraph, Part } from '../../types';
import { greeting, signature } from '../shared';

/** The stars given (1–5), or `fallback` when the answer is missing or out of range. */
export function starsOf(c: Composition, fallback: number): number {
  const stars = c.number('stars');
  return stars !== undefined && stars >= 1 && stars <= 5 ? Math.round(stars) : fallback;
}

/** The concrete detail the customer mentioned, or null. */
export function detail(c: Composition): Part | null {
  const text = c.text('detail');
  return text ? c.say('detail', { detail: text }) : null;
}

/** How to reach the company: its phone and/or e-mail from the profile, never the customer's. */
export function contact(c: Composition): Part {
  const { phone, email } = c.context.company;
  if (phone.trim() && email.trim()) return c.say('contact.both');
  if (phone.trim()) return c.say('contact.phone');
  if (email.trim()) return c.say('contact.email');
  return c.say('contact.none');
}

/** What will be offered, said without promising it, then how to get in touch. */
export function repair(c: Composition): Paragraph {
  const offers = c.list('offer');
  const talk = offers.includes('call-back') ? c.say('offer.call-back') : null;
  const see = offers.includes('see') ? c.say('offer.see') : null;
  // A refund or a redo is discussed in private only: the reply says there is a solution.
  const solution =
    offers.includes('redo') || offers.includes('refund') ? c.say('offer.solution') : null;
  return [talk, see, solution, contact(c)];
}

/** Greeting first, signature last, the body in between. */
export function frame(c: Composition, body: readonly Paragraph[]): Paragraph[] {
  return [[greeting(c)], ...body, [signature(c)]];
}

/** Thanks for a negative review, naming the job when the artisan said which it was. */
export function negativeThanks(c: Composition): Part {
  const job = c.text('job');
  return job ? c.say('thanks.negativeJob', { job }) : c.say('thanks.negative');
}

/** The point acknowledged and what changed, or an invitation to say what could be better. */
export function pointParagraph(c: Composition, askMore: string): Paragraph {
  const point = c.chip('point', 'point');
  if (!point) return [c.say(askMore)];
  return [point, c.chip('actions', 'actions')];
}

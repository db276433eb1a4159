// Home's quotes awaiting an answer, read live. Kept apart from homeState.ts: only the lazy card
// imports it, so the quote query loads after the home screen's first chunk.
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { type AwaitingQuote, quotesAwaitingAnswer } from '../../db/quotesAwaiting';

export type { AwaitingQuote };

/** Sent quotes still waiting for the customer's answer, oldest sending first. */
export function createAwaitingQuotes(): LiveQuery<AwaitingQuote[]> {
  return createLiveQuery(() => quotesAwaitingAnswer());
}

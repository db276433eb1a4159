// The one quote query the home screen makes, kept apart from quotes.ts so the home screen's
// first chunk does not carry the quote data layer.
import { db } from './database';

/** A sent quote still waiting for the customer's answer, as Home lists it. */
export interface AwaitingQuote {
  id: string;
  number: string;
  customerName: string;
  sentAt: number;
}

/** Sent quotes (latest versions) waiting for an answer, oldest sending first. */
export async function quotesAwaitingAnswer(): Promise<AwaitingQuote[]> {
  const sent = await db.quotes.where('status').equals('sent').toArray();
  const current = sent.filter((quote) => quote.supersededBy === undefined);
  const customers = await db.customers.bulkGet(
    current.map((quote) => quote.content.customerId ?? ''),
  );
  return current
    .map((quote, index) => ({
      id: quote.id,
      number: quote.number ?? '',
      customerName: quote.frozen?.customer?.name ?? customers[index]?.name ?? '',
      sentAt: quote.sentAt ?? 0,
    }))
    .sort((a, b) => a.sentAt - b.sentAt);
}

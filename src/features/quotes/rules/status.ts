import type { QuoteRecord } from '../../../db/schema';
import type { QuoteStatus } from '../../../domain/quotes';
import { validUntil } from './mentions';

/**
 * The status a quote is shown with: a sent quote whose validity has run out is `expired`
 * (from the day after its last valid day); every other status is the stored one.
 */
export function effectiveStatus(
  quote: Pick<QuoteRecord, 'status' | 'content' | 'issuedAt' | 'sentAt'>,
  today: number,
): QuoteStatus {
  if (quote.status !== 'sent') return quote.status;
  const until = validUntil(quote.content, quote.issuedAt ?? quote.sentAt ?? today);
  if (until === null) return 'sent';
  const day = new Date(today);
  return until < new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime()
    ? 'expired'
    : 'sent';
}

/** The date that goes with a status (sent, accepted, refused, or the end of validity). */
export function statusDate(quote: QuoteRecord, status: QuoteStatus): number | undefined {
  switch (status) {
    case 'draft':
      return quote.updatedAt;
    case 'sent':
      return quote.sentAt;
    case 'accepted':
      return quote.acceptedAt;
    case 'refused':
      return quote.refusedAt;
    case 'expired':
      return (
        validUntil(quote.content, quote.issuedAt ?? quote.sentAt ?? quote.updatedAt) ?? undefined
      );
  }
}

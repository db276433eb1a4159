// The minutes an issued quote saved: read live (logged once per quote, all versions together)
// and logged in one tap; only the minutes, the category and the template reach the outbox.
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { logQuoteMinutes } from '../../db/quotes';
import type { QuoteRecord, TimeEntry } from '../../db/schema';
import { entryForDocument } from '../../db/timeEntries';
import { type ActionResult, runAction } from '../../ui/action';
import { quoteTemplate } from './templates';

/** Minutes a quote made without a guided template is assumed to save. */
const BLANK_MINUTES = 20;

/** The minutes first proposed for a quote: its template's, else those of a blank quote. */
export function proposedMinutes(quote: QuoteRecord): number {
  return quoteTemplate(quote.templateId)?.baselineMinutes ?? BLANK_MINUTES;
}

/** The time entry already logged for a quote (any version), or null when there is none (yet). */
export function createQuoteEntry(
  quote: () => QuoteRecord | undefined,
): LiveQuery<TimeEntry | null> {
  return createLiveQuery(
    async (rootId: string | undefined) =>
      rootId === undefined ? null : ((await entryForDocument(rootId)) ?? null),
    () => quote()?.rootId,
  );
}

/** Logs the minutes a quote saved (once: a second call keeps the first entry). */
export function logMinutesSaved(
  quote: QuoteRecord,
  minutes: number,
): Promise<ActionResult<TimeEntry>> {
  return runAction(async () => (await logQuoteMinutes(quote, minutes)).entry);
}

import { customersById } from '../../db/customers';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadProfile } from '../../db/profile';
import { listQuotes } from '../../db/quotes';
import type { QuoteRecord } from '../../db/schema';
import type { QuoteStatus } from '../../domain/quotes';
import { needsDecennialInsurance } from '../../domain/trades';
import { matchesAllWords } from '../../lib/search';
import { type Finding, profileFindings } from './rules/checker';
import { vatApplies } from './rules/mentions';
import { effectiveStatus } from './rules/status';
import { quoteTotals } from './rules/totals';

/** A quote as the list shows it. */
export interface QuoteRow {
  quote: QuoteRecord;
  status: QuoteStatus;
  customerName: string;
  /** Total incl. VAT in cents (VAT counted as charged). */
  total: number;
}

/** Quotes with their customer and shown status, filtered by status and words (number, customer, title, lines). */
export async function quoteRows(filter: QuoteFilter): Promise<QuoteRow[]> {
  const [quotes, customers, profile] = await Promise.all([
    listQuotes(),
    customersById(),
    loadProfile(),
  ]);
  const withVat = vatApplies(profile);
  return quotes
    .map((quote) => {
      const content = quote.frozen?.content ?? quote.content;
      const customerName =
        quote.frozen?.customer?.name ?? customers.get(content.customerId ?? '')?.name ?? '';
      return {
        quote,
        status: effectiveStatus(quote, filter.today),
        customerName,
        total: quoteTotals(content, withVat).totalTTC,
      };
    })
    .filter((row) => filter.status === 'all' || row.status === filter.status)
    .filter((row) => {
      const content = row.quote.frozen?.content ?? row.quote.content;
      const lines = content.items
        .map((item) => (item.type === 'line' ? item.designation : item.title))
        .join(' ');
      return matchesAllWords(
        `${row.quote.number ?? ''} ${row.customerName} ${content.title} ${lines}`,
        filter.search,
      );
    });
}

/** What the list filters on: a status (or all), the words searched, and today's date. */
export interface QuoteFilter {
  status: QuoteStatus | 'all';
  search: string;
  today: number;
}

/** The list's rows, live: they follow every change to quotes, customers and the profile. */
export function createQuoteRows(filter: () => QuoteFilter): LiveQuery<QuoteRow[]> {
  return createLiveQuery((current: QuoteFilter) => quoteRows(current), filter);
}

/** What every quote takes from the profile and is still missing, live. */
export function createProfileFindings(): LiveQuery<Finding[]> {
  return createLiveQuery(async () => {
    const profile = await loadProfile();
    return profileFindings(profile, needsDecennialInsurance(profile.trade));
  });
}

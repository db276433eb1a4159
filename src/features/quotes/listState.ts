import { customersById } from '../../db/customers';
import { loadProfile } from '../../db/profile';
import { listQuotes } from '../../db/quotes';
import type { QuoteRecord } from '../../db/schema';
import type { QuoteStatus } from '../../domain/quotes';
import { matchesAllWords } from '../../lib/search';
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
export async function quoteRows(filter: {
  status: QuoteStatus | 'all';
  search: string;
  today: number;
}): Promise<QuoteRow[]> {
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

// Quotes and their life: drafts saved as typed, a number given once at the first export or
// sending (from this device's series, never reused), a frozen copy once issued, new versions
// for changes after that. Only minutes saved ever reach the outbox (category "quotes" and the
// template id): never an amount, a customer field or a line's text.
import { formatQuoteNumber, seriesId } from '../domain/quotes';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './database';
import { loadQuoteSettings } from './quoteSettings';
import type { FrozenQuote, QuoteContent, QuoteRecord, QuoteSignature, TimeEntry } from './schema';
import { logMinutesForDocument } from './timeEntries';

/** Starts a draft quote (with the id given, or a new one). */
export async function createQuote(input: {
  content: QuoteContent;
  templateId: string;
  id?: string;
}): Promise<QuoteRecord> {
  const at = now();
  const id = input.id ?? newId();
  const quote: QuoteRecord = {
    id,
    rootId: id,
    version: 1,
    templateId: input.templateId,
    status: 'draft',
    content: input.content,
    createdAt: at,
    updatedAt: at,
  };
  await db.quotes.add(quote);
  return quote;
}

/** One quote, or undefined. */
export function getQuote(id: string): Promise<QuoteRecord | undefined> {
  return db.quotes.get(id);
}

/** Saves a draft's content as typed; a frozen (sent or signed) quote is never changed. */
export async function saveQuoteContent(
  id: string,
  content: QuoteContent,
  focus?: string,
): Promise<boolean> {
  return db.transaction('rw', db.quotes, async () => {
    const current = await db.quotes.get(id);
    if (current?.status !== 'draft' || current.frozen) return false;
    await db.quotes.put({
      ...current,
      content,
      ...(focus === undefined ? {} : { focus }),
      updatedAt: now(),
    });
    return true;
  });
}

/** Current quotes (the latest version of each), most recently changed first. */
export async function listQuotes(): Promise<QuoteRecord[]> {
  const all = await db.quotes.orderBy('updatedAt').reverse().toArray();
  return all.filter((quote) => quote.supersededBy === undefined);
}

/** Every version of a quote, oldest first. */
export async function listVersions(rootId: string): Promise<QuoteRecord[]> {
  const versions = await db.quotes.where('rootId').equals(rootId).toArray();
  return versions.sort((a, b) => a.version - b.version);
}

/**
 * Gives the quote its number if it has none: the next of this device's series for the current
 * year (prefix from the quote settings). Read and increment happen in one transaction, so two
 * exports at once never share a number; the series only grows, so a number is never reused.
 */
export async function assignNumber(id: string): Promise<QuoteRecord> {
  // The prefix is read in the same transaction, so the write is tracked from the first read on.
  return db.transaction('rw', db.quotes, db.numbering, db.meta, async () => {
    const { devicePrefix } = await loadQuoteSettings();
    const quote = await db.quotes.get(id);
    if (!quote) throw new Error(`No quote ${id}`);
    if (quote.number) return quote;
    const at = now();
    const year = new Date(at).getFullYear();
    const series = seriesId(devicePrefix, year);
    const sequence = (await db.numbering.get(series))?.next ?? 1;
    await db.numbering.put({ id: series, next: sequence + 1 });
    const numbered: QuoteRecord = {
      ...quote,
      number: formatQuoteNumber({ prefix: devicePrefix, year, sequence }),
      issuedAt: at,
      updatedAt: at,
    };
    await db.quotes.put(numbered);
    return numbered;
  });
}

/**
 * Issues a numbered quote: stores its frozen copy, then marks it sent, or accepted with the
 * customer's signature. A quote already frozen keeps its first copy (what the customer saw).
 */
export async function issueQuote(
  id: string,
  frozen: FrozenQuote,
  action: { kind: 'sent' } | { kind: 'signed'; signature: QuoteSignature },
): Promise<QuoteRecord> {
  return db.transaction('rw', db.quotes, async () => {
    const quote = await db.quotes.get(id);
    if (!quote) throw new Error(`No quote ${id}`);
    if (!quote.number || quote.number !== frozen.number)
      throw new Error(`Quote ${id} is not numbered as ${frozen.number}`);
    if (quote.status === 'accepted' || quote.status === 'refused') return quote;
    const at = now();
    const issued: QuoteRecord = { ...quote, frozen: quote.frozen ?? frozen, updatedAt: at };
    if (action.kind === 'sent') {
      issued.status = 'sent';
      issued.sentAt = quote.sentAt ?? at;
    } else {
      issued.status = 'accepted';
      issued.acceptedAt = action.signature.signedAt;
      issued.signature = action.signature;
    }
    await db.quotes.put(issued);
    return issued;
  });
}

/** Records the customer's answer to a sent quote (accepted without signature here, or refused). */
export async function answerQuote(
  id: string,
  answer: 'accepted' | 'refused',
): Promise<QuoteRecord> {
  return db.transaction('rw', db.quotes, async () => {
    const quote = await db.quotes.get(id);
    if (!quote) throw new Error(`No quote ${id}`);
    if (quote.status !== 'sent') return quote;
    const at = now();
    const answered: QuoteRecord =
      answer === 'accepted'
        ? { ...quote, status: 'accepted', acceptedAt: at, updatedAt: at }
        : { ...quote, status: 'refused', refusedAt: at, updatedAt: at };
    await db.quotes.put(answered);
    return answered;
  });
}

/**
 * Starts a new version of an issued quote to change it: a draft with the same content, the
 * same number with a version suffix (D-2026-0001-V2), and the old version marked as replaced.
 */
export async function reviseQuote(id: string): Promise<QuoteRecord> {
  return db.transaction('rw', db.quotes, async () => {
    const quote = await db.quotes.get(id);
    if (!quote) throw new Error(`No quote ${id}`);
    if (quote.supersededBy) {
      const latest = await db.quotes.get(quote.supersededBy);
      if (latest) return latest;
    }
    if (!quote.frozen || !quote.number) return quote;
    const at = now();
    const version = quote.version + 1;
    const base = quote.number.replace(/-V\d+$/, '');
    const revision: QuoteRecord = {
      id: newId(),
      rootId: quote.rootId,
      version,
      number: `${base}-V${version}`,
      issuedAt: at,
      templateId: quote.templateId,
      status: 'draft',
      content: structuredClone(quote.frozen.content),
      createdAt: at,
      updatedAt: at,
    };
    await db.quotes.add(revision);
    await db.quotes.put({ ...quote, supersededBy: revision.id });
    return revision;
  });
}

/** A new draft (no number) with the content of an existing quote, for a new customer or job. */
export async function duplicateQuote(id: string): Promise<QuoteRecord> {
  // One transaction from the read on: the copy is tracked as a write until it commits.
  return db.transaction('rw', db.quotes, async () => {
    const source = await db.quotes.get(id);
    if (!source) throw new Error(`No quote ${id}`);
    const content = structuredClone(source.frozen?.content ?? source.content);
    return createQuote({ content, templateId: source.templateId });
  });
}

/**
 * Deletes a draft that has no number yet and returns it (for undo). A numbered quote is never
 * deleted: its number must stay accounted for.
 */
export async function deleteDraftQuote(id: string): Promise<QuoteRecord | undefined> {
  return db.transaction('rw', db.quotes, async () => {
    const quote = await db.quotes.get(id);
    if (!quote) return undefined;
    if (quote.number) throw new Error(`Quote ${quote.number} is numbered and cannot be deleted`);
    await db.quotes.delete(id);
    return quote;
  });
}

/** Puts back a deleted draft as it was. */
export async function restoreQuote(quote: QuoteRecord): Promise<void> {
  await db.quotes.put(quote);
}

/**
 * Logs the minutes a sent or accepted quote saved, once per quote (all versions together), with
 * category "quotes" and the template id: that is all the outbox receives.
 */
export async function logQuoteMinutes(
  quote: QuoteRecord,
  minutes: number,
): Promise<{ entry: TimeEntry; created: boolean }> {
  return logMinutesForDocument({
    documentId: quote.rootId,
    templateId: quote.templateId,
    minutes,
    category: 'quotes',
  });
}

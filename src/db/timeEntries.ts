import { TIME_CATEGORIES, type TimeCategory } from '../domain/categories';
import { ENTRY_MINUTES } from '../domain/limits';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './database';
import type { OutboxEvent, TimeEntry } from './schema';

/** Throws a RangeError unless the entry's minutes, category and date can be stored. */
function checkEntry(entry: Pick<TimeEntry, 'minutes' | 'category' | 'occurredAt'>): void {
  // The UI validates first; this is the last guard before IndexedDB and the server.
  const { min, max } = ENTRY_MINUTES;
  if (!Number.isInteger(entry.minutes) || entry.minutes < min || entry.minutes > max) {
    throw new RangeError(
      `Minutes must be a whole number from ${min} to ${max}, got ${entry.minutes}`,
    );
  }
  if (!TIME_CATEGORIES.includes(entry.category)) {
    throw new RangeError(`Unknown category ${String(entry.category)}`);
  }
  if (!Number.isFinite(entry.occurredAt)) throw new RangeError(`Invalid date ${entry.occurredAt}`);
}

/** The `time_saved` event of an entry: indicators only, never the note or the document. */
function timeSavedEvent(entry: TimeEntry): OutboxEvent {
  return {
    id: entry.id,
    type: 'time_saved',
    occurredAt: entry.occurredAt,
    minutes: entry.minutes,
    category: entry.category,
    ...(entry.templateId ? { templateId: entry.templateId } : {}),
    queuedAt: now(),
  };
}

/** The event telling the server to forget an event it may already hold (the outbox is append-only). */
function retractionEvent(retracts: string): OutboxEvent {
  const at = now();
  return { id: newId(), type: 'retraction', occurredAt: at, retracts, queuedAt: at };
}

/** Records minutes saved and queues the matching indicator event in the same transaction. */
export async function logMinutes(input: {
  minutes: number;
  category: TimeCategory;
  source?: TimeEntry['source'];
  templateId?: string;
  documentId?: string;
  note?: string;
  occurredAt?: number;
}): Promise<TimeEntry> {
  const entry: TimeEntry = {
    id: newId(),
    occurredAt: input.occurredAt ?? now(),
    minutes: input.minutes,
    category: input.category,
    source: input.source ?? 'manual',
    ...(input.templateId ? { templateId: input.templateId } : {}),
    ...(input.documentId ? { documentId: input.documentId } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  checkEntry(entry);
  await db.transaction('rw', db.timeEntries, db.outbox, async () => {
    await db.timeEntries.add(entry);
    // Only indicators go to the outbox: never the note.
    await db.outbox.add(timeSavedEvent(entry));
  });
  return entry;
}

/** Entries with `from <= occurredAt < to`, oldest first. */
export function listBetween(from: number, to: number): Promise<TimeEntry[]> {
  return db.timeEntries.where('occurredAt').between(from, to, true, false).toArray();
}

/** The automatic entry already logged for a document, if any. */
export function entryForDocument(documentId: string): Promise<TimeEntry | undefined> {
  return db.timeEntries.where('documentId').equals(documentId).first();
}

/**
 * Logs the minutes a validated document (or an exported DOE: the job's id) saved, once: a
 * second call for the same document returns the existing entry instead of counting it twice.
 * `templateId` names the catalogue template, when the document came from one.
 */
export async function logMinutesForDocument(input: {
  documentId: string;
  templateId?: string;
  minutes: number;
  category: TimeCategory;
}): Promise<{ entry: TimeEntry; created: boolean }> {
  return db.transaction('rw', db.timeEntries, db.outbox, async () => {
    const existing = await entryForDocument(input.documentId);
    if (existing) return { entry: existing, created: false };
    const entry = await logMinutes({ ...input, source: 'auto' });
    return { entry, created: true };
  });
}

/** Every entry, oldest first (dashboard and CSV). */
export function listAllEntries(): Promise<TimeEntry[]> {
  return db.timeEntries.orderBy('occurredAt').toArray();
}

/** One page of entries, newest first, strictly before `before` (ms; default +Infinity), optionally one category. */
export async function listEntriesPage(options: {
  before?: number;
  limit: number;
  category?: TimeCategory;
}): Promise<TimeEntry[]> {
  const { before = Infinity, limit, category } = options;
  if (limit < 1) return [];
  const matches = (entry: TimeEntry) => category === undefined || entry.category === category;
  return db.transaction('r', db.timeEntries, async () => {
    const page = await db.timeEntries
      .where('occurredAt')
      .below(before)
      .reverse()
      .filter(matches)
      .limit(limit)
      .toArray();
    const last = page[page.length - 1];
    if (page.length < limit || !last) return page;
    // The next page starts strictly before the last date shown, so entries sharing that date
    // must all be on this page, or they would never be shown (the page may exceed `limit`).
    const seen = new Set(page.map((entry) => entry.id));
    const ties = await db.timeEntries
      .where('occurredAt')
      .equals(last.occurredAt)
      .filter((entry) => matches(entry) && !seen.has(entry.id))
      .toArray();
    return page.concat(ties);
  });
}

/** Changes an entry: the log is append-only, so the old entry is replaced by a new one (new id) and the outbox gets a `retraction` of the old id plus a `time_saved` event for the new one, in one transaction. Returns the new entry. documentId/templateId/source are kept. */
export async function updateEntry(
  id: string,
  changes: { minutes?: number; category?: TimeCategory; note?: string; occurredAt?: number },
): Promise<TimeEntry> {
  return db.transaction('rw', db.timeEntries, db.outbox, async () => {
    const old = await db.timeEntries.get(id);
    if (!old) throw new Error(`No time entry ${id}`);
    const { note: oldNote, ...rest } = old;
    const note = changes.note ?? oldNote;
    const entry: TimeEntry = {
      ...rest,
      id: newId(),
      minutes: changes.minutes ?? old.minutes,
      category: changes.category ?? old.category,
      occurredAt: changes.occurredAt ?? old.occurredAt,
      // An empty note removes it.
      ...(note ? { note } : {}),
    };
    checkEntry(entry);
    const same =
      entry.minutes === old.minutes &&
      entry.category === old.category &&
      entry.occurredAt === old.occurredAt &&
      entry.note === old.note;
    // Nothing changed: no new id and no events, so the server sees no churn.
    if (same) return old;
    await db.timeEntries.delete(id);
    await db.timeEntries.add(entry);
    await db.outbox.bulkAdd([retractionEvent(id), timeSavedEvent(entry)]);
    return entry;
  });
}

/** Deletes an entry and queues a `retraction`; returns the deleted entry (for undo). */
export async function deleteEntry(id: string): Promise<TimeEntry | undefined> {
  return db.transaction('rw', db.timeEntries, db.outbox, async () => {
    const entry = await db.timeEntries.get(id);
    if (!entry) return undefined;
    await db.timeEntries.delete(id);
    await db.outbox.add(retractionEvent(id));
    return entry;
  });
}

/** Undoes a deletion: the entry comes back with a new id (the old event was retracted) and a new `time_saved` event. */
export async function restoreEntry(entry: TimeEntry): Promise<TimeEntry> {
  // The old id is spent: the server drops any event whose id it has seen, retracted or not.
  const restored: TimeEntry = { ...entry, id: newId() };
  checkEntry(restored);
  return db.transaction('rw', db.timeEntries, db.outbox, async () => {
    // Never deleted (or already put back under this id): nothing to undo.
    const existing = await db.timeEntries.get(entry.id);
    if (existing) return existing;
    await db.timeEntries.add(restored);
    await db.outbox.add(timeSavedEvent(restored));
    return restored;
  });
}

import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { startOfIsoWeek, startOfNextIsoWeek } from '../lib/week';
import { db } from './database';
import type { TimeCategory, TimeEntry } from './schema';

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
  await db.transaction('rw', db.timeEntries, db.outbox, async () => {
    await db.timeEntries.add(entry);
    // Only indicators go to the outbox: never the note.
    await db.outbox.add({
      id: entry.id,
      type: 'time_saved',
      occurredAt: entry.occurredAt,
      minutes: entry.minutes,
      category: entry.category,
      ...(entry.templateId ? { templateId: entry.templateId } : {}),
      queuedAt: now(),
    });
  });
  return entry;
}

/** Entries with `from <= occurredAt < to`, oldest first. */
export function listBetween(from: number, to: number): Promise<TimeEntry[]> {
  return db.timeEntries.where('occurredAt').between(from, to, true, false).toArray();
}

/** Total minutes saved in the ISO week (device time zone) holding `at`. */
export async function minutesInWeek(at: number): Promise<number> {
  const entries = await listBetween(startOfIsoWeek(at), startOfNextIsoWeek(at));
  return entries.reduce((sum, entry) => sum + entry.minutes, 0);
}

/** The automatic entry already logged for a document, if any. */
export function entryForDocument(documentId: string): Promise<TimeEntry | undefined> {
  return db.timeEntries.where('documentId').equals(documentId).first();
}

/**
 * Logs the minutes a validated document saved, once: a second call for the same document
 * returns the existing entry instead of counting it twice.
 */
export async function logMinutesForDocument(input: {
  documentId: string;
  templateId: string;
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

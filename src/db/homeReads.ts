// What the home screen reads for its first paint, apart from the tables' write code: Home's
// first chunk carries these queries only (documents.ts and timeEntries.ts load with the screens
// that write).
import { startOfIsoWeek, startOfNextIsoWeek } from '../lib/week';
import { db } from './database';
import type { DocumentRecord } from './schema';

/** Answers that only say where the flow started (the stars picked in the catalogue). */
const STARTING_ANSWERS = new Set(['stars']);

/**
 * Whether the artisan put something of their own in a draft: an answer (beyond where the flow
 * started) or their own text. An untouched draft is forgotten: not listed, not resumed.
 */
export function isTouched(draft: DocumentRecord): boolean {
  if (draft.edited) return true;
  return Object.entries(draft.answers).some(
    ([id, value]) =>
      !STARTING_ANSWERS.has(id) &&
      value !== undefined &&
      value !== null &&
      !(typeof value === 'string' && value.trim() === '') &&
      !(Array.isArray(value) && value.length === 0),
  );
}

/** Drafts in progress the artisan has touched, most recently edited first. */
export function listDrafts(limit = 20): Promise<DocumentRecord[]> {
  return db.documents
    .where('[status+updatedAt]')
    .between(['draft', -Infinity], ['draft', Infinity])
    .reverse()
    .filter(isTouched)
    .limit(limit)
    .toArray();
}

/** Total minutes saved in the ISO week (device time zone) holding `at`. */
export async function minutesInWeek(at: number): Promise<number> {
  const entries = await db.timeEntries
    .where('occurredAt')
    .between(startOfIsoWeek(at), startOfNextIsoWeek(at), true, false)
    .toArray();
  return entries.reduce((sum, entry) => sum + entry.minutes, 0);
}

import type { Accessor } from 'solid-js';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { addRating, ratingForDocument } from '../../db/ratings';
import type { Rating, TimeEntry } from '../../db/schema';
import {
  deleteEntry,
  entryForDocument,
  logMinutesForDocument,
  updateEntry,
} from '../../db/timeEntries';
import type { TemplateDefinition } from '../../templates/types';
import { runAction } from '../../ui/action';
import { reported } from '../../ui/Toast';

// After a text is validated: the minutes it saved and the review's stars, each recorded once.
// The records are read live, so a second tab or a reload shows them recorded; writes go through
// src/db (tracked there); failures are reported in the toast.

/** The time entry already logged for a document (undefined until read, null when there is none). */
export function createDocumentEntry(documentId: Accessor<string>): LiveQuery<TimeEntry | null> {
  return createLiveQuery(async (id) => (await entryForDocument(id)) ?? null, documentId);
}

/** Logs the minutes a validated document saved, once (a second call keeps the first entry). */
export async function logDocumentMinutes(
  template: TemplateDefinition,
  documentId: string,
  minutes: number,
): Promise<TimeEntry | null> {
  const logged = reported(
    await runAction(() =>
      logMinutesForDocument({
        documentId,
        templateId: template.id,
        minutes,
        category: template.category,
      }),
    ),
  );
  return logged?.entry ?? null;
}

/** Changes the minutes counted for a document (the entry is replaced, as any edit). */
export async function changeDocumentMinutes(
  entryId: string,
  minutes: number,
): Promise<TimeEntry | null> {
  return reported(await runAction(() => updateEntry(entryId, { minutes })));
}

/** Stops counting a document's minutes (they can be counted again from the same place). */
export async function uncountDocumentMinutes(entryId: string): Promise<boolean> {
  return reported(await runAction(async () => Boolean(await deleteEntry(entryId)))) ?? false;
}

/** The rating already recorded for a document (undefined until read, null when there is none). */
export function createDocumentRating(documentId: Accessor<string>): LiveQuery<Rating | null> {
  return createLiveQuery(async (id) => (await ratingForDocument(id)) ?? null, documentId);
}

/** Records a review's stars as customer satisfaction, tied to the reply's document. */
export async function recordReviewRating(
  documentId: string,
  stars: Rating['stars'],
): Promise<Rating | null> {
  return reported(await runAction(() => addRating({ stars, source: 'review', documentId })));
}

import { listDrafts, minutesInWeek } from '../../db/homeReads';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadProfile } from '../../db/profile';
import type { DocumentRecord } from '../../db/schema';
import { t } from '../../i18n';
import { now } from '../../lib/clock';
import { runAction } from '../../ui/action';
import { reported, showToast } from '../../ui/Toast';

// What the home screen reads, live: it follows IndexedDB, so a minute logged or a draft saved in
// another screen or tab shows when the artisan comes back.

/** Minutes saved this week (ISO week, device time zone). */
export function createWeekMinutes(): LiveQuery<number> {
  return createLiveQuery(() => minutesInWeek(now()));
}

/** A draft in progress, as Home lists it (the type only: components never import src/db). */
export type { DocumentRecord };

/** Drafts in progress, most recently edited first. */
export function createDrafts(): LiveQuery<DocumentRecord[]> {
  return createLiveQuery(() => listDrafts());
}

/** What a draft is about: the customer's name or the subject typed, or ''. */
export function draftSubject(draft: DocumentRecord): string {
  for (const id of ['customerName', 'subject']) {
    const value = draft.answers[id];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return '';
}

/** Deletes a draft, with an undo that puts it back as it was. */
export async function removeDraft(draft: DocumentRecord): Promise<void> {
  // The documents' write code loads on the first delete, not with the home screen.
  const documents = reported(await runAction(() => import('../../db/documents')));
  if (!documents) return;
  const removed = reported(await runAction(() => documents.deleteDocument(draft.id)));
  if (removed) {
    showToast({
      message: () => t('home.drafts.deleted'),
      undo: () => documents.restoreDocument(removed),
    });
  }
}

/**
 * How many mandatory mentions the company profile still lacks. The profile's rules load with
 * the first read, not with the home screen's first paint (the card comes last).
 */
export function createMissingMentions(): LiveQuery<number> {
  return createLiveQuery(async () => {
    const [{ missingMentions }, profile] = await Promise.all([
      import('../settings/mentions'),
      loadProfile(),
    ]);
    return missingMentions(profile).length;
  });
}

import { listDrafts } from '../../db/documents';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadProfile } from '../../db/profile';
import type { DocumentRecord } from '../../db/schema';
import { minutesInWeek } from '../../db/timeEntries';
import { now } from '../../lib/clock';
import { missingMentions } from '../settings/profileRules';

// What the home screen reads, live: it follows IndexedDB, so a minute logged or a draft saved in
// another screen or tab shows when the artisan comes back.

/** Minutes saved this week (ISO week, device time zone). */
export function createWeekMinutes(): LiveQuery<number> {
  return createLiveQuery(() => minutesInWeek(now()));
}

/** Drafts in progress, most recently edited first. */
export function createDrafts(): LiveQuery<DocumentRecord[]> {
  return createLiveQuery(() => listDrafts());
}

/** How many mandatory mentions the company profile still lacks. */
export function createMissingMentions(): LiveQuery<number> {
  return createLiveQuery(async () => missingMentions(await loadProfile()).length);
}

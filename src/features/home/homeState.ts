import { listDrafts } from '../../db/documents';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadProfile } from '../../db/profile';
import type { DocumentRecord } from '../../db/schema';
import { minutesInWeek } from '../../db/timeEntries';
import { now } from '../../lib/clock';

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

/**
 * How many mandatory mentions the company profile still lacks. The profile's rules load with
 * the first read, not with the home screen's first paint (the card comes last).
 */
export function createMissingMentions(): LiveQuery<number> {
  return createLiveQuery(async () => {
    const [{ missingMentions }, profile] = await Promise.all([
      import('../settings/profileRules'),
      loadProfile(),
    ]);
    return missingMentions(profile).length;
  });
}

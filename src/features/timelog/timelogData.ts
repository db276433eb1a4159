import type { Accessor } from 'solid-js';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import { listRatings } from '../../db/ratings';
import type { Rating, TimeEntry } from '../../db/schema';
import { listAllEntries, listEntriesPage } from '../../db/timeEntries';
import type { TimeCategory } from '../../domain/categories';

// What the Time screen reads, as live queries: they follow IndexedDB, so an entry logged,
// edited or deleted anywhere (this tab or another) shows at once.

/** Entries loaded per "Voir plus". */
export const ENTRIES_PAGE = 50;

/** Every entry and rating, re-read whenever either table changes (the dashboard). */
export function createDashboardData(): LiveQuery<{ entries: TimeEntry[]; ratings: Rating[] }> {
  return createLiveQuery(async () => {
    const [entries, ratings] = await Promise.all([listAllEntries(), listRatings()]);
    return { entries, ratings };
  });
}

/** Which entries the list shows: how many pages, of which category (all when undefined). */
export interface EntriesWindow {
  pages: number;
  category: TimeCategory | undefined;
}

/** Reads `pages` pages of entries, newest first, one `listEntriesPage` call per page. */
async function loadPages(input: EntriesWindow): Promise<{ entries: TimeEntry[]; more: boolean }> {
  const entries: TimeEntry[] = [];
  let before: number | undefined;
  let more = false;
  for (let page = 0; page < input.pages; page += 1) {
    const batch = await listEntriesPage({
      limit: ENTRIES_PAGE,
      ...(before === undefined ? {} : { before }),
      ...(input.category ? { category: input.category } : {}),
    });
    entries.push(...batch);
    more = batch.length >= ENTRIES_PAGE;
    const last = batch[batch.length - 1];
    if (!more || !last) break;
    before = last.occurredAt;
  }
  return { entries, more };
}

/** The entries of the list, newest first, as one live query over the whole window shown. */
export function createEntriesData(
  window: Accessor<EntriesWindow>,
): LiveQuery<{ entries: TimeEntry[]; more: boolean }> {
  return createLiveQuery(loadPages, window);
}

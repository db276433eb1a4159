// Events and indicators over drizzle: ingest with its indicator days in one transaction, the
// indicators read from those days, and the days rebuilt when the server's time zone changes.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { INDICATOR_RANGE } from '../../src/domain/limits';
import { GROUP_BY } from '../../src/domain/sync';
import { indicatorsSql, rebuildDaysSql } from './eventQueries';
import { ingestQueue } from './ingest';
import * as schema from './schema';
import type { Database } from './types';

/** A drizzle database of either engine over the server's schema. */
export type Drizzle = PgDatabase<PgQueryResultHKT, typeof schema>;

const ZONE_SETTING = 'indicator_time_zone';

/** How many workspaces, the largest first, a start-up warm-up reads. */
const WARM_WORKSPACES = 5;

/** The rows of a raw `execute()` result: both drivers put them in `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * Makes the indicator days match `timeZone`: when they were counted in another zone (or never,
 * right after the migration that created them), they are rebuilt from the events in one
 * transaction. Runs at start-up, before any request; on PostgreSQL under the migration lock.
 * Every instance sharing a database must use the same zone.
 */
export async function useTimeZone(db: Drizzle, timeZone: string): Promise<boolean> {
  const [stored] = await db
    .select({ value: schema.settings.value })
    .from(schema.settings)
    .where(eq(schema.settings.name, ZONE_SETTING));
  if (stored?.value === timeZone) return false;
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table indicator_days in exclusive mode`);
    await tx.delete(schema.indicatorDays);
    await tx.execute(rebuildDaysSql(timeZone));
    await tx
      .insert(schema.settings)
      .values({ name: ZONE_SETTING, value: timeZone })
      .onConflictDoUpdate({ target: schema.settings.name, set: { value: timeZone } });
  });
  return true;
}

/** The event and indicator half of the Database interface. */
export function eventStore(
  db: Drizzle,
  timeZone: string,
): Pick<Database, 'insertEvents' | 'eventAuthors' | 'indicators' | 'warmUp'> & {
  drain(): Promise<void>;
} {
  const ingest = ingestQueue(db, timeZone);
  const store: ReturnType<typeof eventStore> = {
    /** Waits for the pushes already queued (before the database closes). */
    drain: ingest.drain,

    insertEvents(workspaceId, deviceId, events, maxStored) {
      return ingest.submit({ workspaceId, deviceId, events, maxStored, size: events.length });
    },

    async warmUp() {
      const largest = await db
        .select({ id: schema.workspaces.id })
        .from(schema.workspaces)
        .orderBy(desc(schema.workspaces.eventCount))
        .limit(WARM_WORKSPACES);
      const day = (offset: number) =>
        new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const range = { from: day(1 - INDICATOR_RANGE.maxDays), to: day(0) };
      for (const { id } of largest) {
        for (const groupBy of GROUP_BY) await store.indicators(id, { ...range, groupBy });
        // New ids are time-ordered (UUIDv7): pushes write at the end of the workspace's index.
        await db.execute(
          sql`select id from events where workspace_id = ${id}::uuid order by id desc limit 1`,
        );
      }
    },

    async eventAuthors(workspaceId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: schema.events.id, deviceId: schema.events.deviceId })
        .from(schema.events)
        .where(
          and(eq(schema.events.workspaceId, workspaceId), inArray(schema.events.id, [...ids])),
        );
      return new Map(rows.map((row) => [row.id, row.deviceId]));
    },

    async indicators(workspaceId, query) {
      type Row = {
        key: string | null;
        total: number;
        minutes: number;
        events: number;
        ratings: number;
        rating_avg: number | null;
      };
      const rows = rowsOf<Row>(await db.execute(indicatorsSql(workspaceId, query)));
      const figures = (row: Row) => ({
        minutes: row.minutes,
        events: row.events,
        ratings: row.ratings,
        ratingAvg: row.rating_avg,
      });
      const totals = rows.find((row) => row.total === 1);
      return {
        groups: rows
          .filter((row) => row.total === 0)
          .map((row) => ({ key: row.key, ...figures(row) })),
        totals: totals ? figures(totals) : { minutes: 0, events: 0, ratings: 0, ratingAvg: null },
      };
    },
  };
  return store;
}

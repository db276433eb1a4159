// The Database interface over drizzle: one implementation, the same SQL on PGlite and PostgreSQL.
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { indicatorsSql, insertEventsSql } from './eventQueries';
import * as schema from './schema';
import type { Database } from './types';

const { devices, pairingCodes, workspaces } = schema;

/** A drizzle database of either engine over the server's schema. */
export type Drizzle = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The rows of a raw `execute()` result: both drivers put them in `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Wraps a migrated drizzle database into the server's Database interface. */
export function createDatabase(
  db: Drizzle,
  kind: Database['kind'],
  close: () => Promise<void>,
): Database {
  return {
    kind,
    close,

    async ping() {
      await db.execute(sql`select 1`);
    },

    async createWorkspace({ id, name, now }) {
      await db.insert(workspaces).values({ id, name, createdAt: now });
    },

    async hasWorkspace(id) {
      const rows = await db
        .select({ id: workspaces.id })
        .from(workspaces)
        .where(eq(workspaces.id, id))
        .limit(1);
      return rows.length > 0;
    },

    async createPairingCode({ codeHash, workspaceId, role, now, expiresAt }) {
      await db
        .insert(pairingCodes)
        .values({ codeHash, workspaceId, role, createdAt: now, expiresAt });
    },

    redeemPairingCode({ codeHash, now, device }) {
      return db.transaction(async (tx) => {
        // The guarded UPDATE is what makes a code single-use: of two concurrent redemptions,
        // the second re-reads the row after the first commits and matches nothing.
        const [code] = await tx
          .update(pairingCodes)
          .set({ usedAt: now, deviceId: device.id })
          .where(
            and(
              eq(pairingCodes.codeHash, codeHash),
              isNull(pairingCodes.usedAt),
              gt(pairingCodes.expiresAt, now),
            ),
          )
          .returning({ workspaceId: pairingCodes.workspaceId, role: pairingCodes.role });
        if (!code) return null;
        await tx.insert(devices).values({
          id: device.id,
          workspaceId: code.workspaceId,
          name: device.name,
          role: code.role,
          tokenHash: device.tokenHash,
          createdAt: now,
        });
        const [workspace] = await tx
          .select({ name: workspaces.name })
          .from(workspaces)
          .where(eq(workspaces.id, code.workspaceId));
        return { role: code.role, workspace: { id: code.workspaceId, name: workspace!.name } };
      });
    },

    async deviceByTokenHash(tokenHash) {
      const [device] = await db
        .select({
          id: devices.id,
          workspaceId: devices.workspaceId,
          name: devices.name,
          role: devices.role,
          lastSeenAt: devices.lastSeenAt,
        })
        .from(devices)
        .where(and(eq(devices.tokenHash, tokenHash), isNull(devices.revokedAt)));
      return device ?? null;
    },

    async touchDevice(id, now) {
      await db.update(devices).set({ lastSeenAt: now }).where(eq(devices.id, id));
    },

    listDevices(workspaceId) {
      return db
        .select({
          id: devices.id,
          name: devices.name,
          role: devices.role,
          createdAt: devices.createdAt,
          lastSeenAt: devices.lastSeenAt,
          revokedAt: devices.revokedAt,
        })
        .from(devices)
        .where(eq(devices.workspaceId, workspaceId))
        .orderBy(asc(devices.createdAt), asc(devices.id));
    },

    async revokeDevice(workspaceId, deviceId, now) {
      const rows = await db
        .update(devices)
        .set({ revokedAt: sql`coalesce(${devices.revokedAt}, ${now})` })
        .where(and(eq(devices.workspaceId, workspaceId), eq(devices.id, deviceId)))
        .returning({ id: devices.id });
      return rows.length > 0;
    },

    async insertEvents(workspaceId, deviceId, events) {
      const result = await db.execute(insertEventsSql(workspaceId, deviceId, events));
      const accepted = rowsOf<{ accepted: number }>(result)[0]!.accepted;
      return { accepted, duplicates: events.length - accepted };
    },

    async indicators(workspaceId, query, timeZone) {
      type Row = {
        key: string | null;
        total: number;
        minutes: number;
        events: number;
        ratings: number;
        rating_avg: number | null;
      };
      const rows = rowsOf<Row>(await db.execute(indicatorsSql(workspaceId, query, timeZone)));
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
}

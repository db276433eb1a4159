// The Database interface over drizzle: one implementation, the same SQL on PGlite and PostgreSQL.
import { and, asc, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { type Drizzle, eventStore } from './eventStore';
import * as schema from './schema';
import type { Database, NewDevice, Redeemed } from './types';

const { devices, pairingCodes, setupCodes, workspaces } = schema;

/** A drizzle transaction (or database) of either engine. */
type Tx = Parameters<Parameters<Drizzle['transaction']>[0]>[0];

/** Inserts a device (in the transaction that used its code). */
async function insertDevice(
  tx: Tx,
  device: NewDevice,
  workspaceId: string,
  role: Redeemed['role'],
  now: Date,
): Promise<void> {
  await tx.insert(devices).values({
    id: device.id,
    workspaceId,
    name: device.name,
    role,
    tokenHash: device.tokenHash,
    createdAt: now,
  });
}

/** Wraps a migrated drizzle database into the server's Database interface. */
export function createDatabase(
  db: Drizzle,
  kind: Database['kind'],
  timeZone: string,
  close: () => Promise<void>,
): Database {
  const { drain, ...events } = eventStore(db, timeZone);
  return {
    kind,
    timeZone,
    async close() {
      await drain(); // the pushes already queued are stored and answered first
      await close();
    },
    ...events,

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

    async countWorkspaces() {
      const [row] = await db.select({ n: count() }).from(workspaces);
      return row?.n ?? 0;
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
        await insertDevice(tx, device, code.workspaceId, code.role, now);
        const [workspace] = await tx
          .select({ name: workspaces.name })
          .from(workspaces)
          .where(eq(workspaces.id, code.workspaceId));
        return { role: code.role, workspace: { id: code.workspaceId, name: workspace!.name } };
      });
    },

    async createSetupCode({ codeHash, now, expiresAt }) {
      await db.insert(setupCodes).values({ codeHash, createdAt: now, expiresAt });
    },

    redeemSetupCode({ codeHash, now, workspace, device }) {
      return db.transaction(async (tx) => {
        // Single use, as for pairing codes: the guarded UPDATE lets one redemption through.
        const [code] = await tx
          .update(setupCodes)
          .set({ usedAt: now, workspaceId: workspace.id })
          .where(
            and(
              eq(setupCodes.codeHash, codeHash),
              isNull(setupCodes.usedAt),
              gt(setupCodes.expiresAt, now),
            ),
          )
          .returning({ codeHash: setupCodes.codeHash });
        if (!code) return null;
        await tx.insert(workspaces).values({ ...workspace, createdAt: now });
        await insertDevice(tx, device, workspace.id, 'owner', now);
        return { role: 'owner' as const, workspace };
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

    revokeDevice(workspaceId, deviceId, now, by) {
      return db.transaction(async (tx) => {
        // Both rows locked in id order: of two owners revoking each other at the same moment,
        // the second finds itself revoked and does nothing, so one owner always remains.
        const rows = await tx
          .select({ id: devices.id, revokedAt: devices.revokedAt })
          .from(devices)
          .where(and(eq(devices.workspaceId, workspaceId), inArray(devices.id, [deviceId, by])))
          .orderBy(asc(devices.id))
          .for('update');
        const caller = rows.find((row) => row.id === by);
        if (!caller || caller.revokedAt || !rows.some((row) => row.id === deviceId)) return false;
        await tx
          .update(devices)
          .set({ revokedAt: sql`coalesce(${devices.revokedAt}, ${now})` })
          .where(and(eq(devices.workspaceId, workspaceId), eq(devices.id, deviceId)));
        return true;
      });
    },
  };
}

import { db } from '../db/database';
import type { OutboxEvent } from '../db/schema';

// The outbox seen from sync: what waits, what was refused. Rows are written by the data layer
// (src/db/*) in the same transaction as the change they report; sync only reads, deletes what
// the server holds, and parks what it refused.

const isPending = (event: OutboxEvent) => event.parkedAt === undefined;
const isParked = (event: OutboxEvent) => event.parkedAt !== undefined;

/** The oldest `limit` events still to send (parked ones excluded), oldest first. */
export function nextBatch(limit: number): Promise<OutboxEvent[]> {
  return db.outbox.orderBy('queuedAt').filter(isPending).limit(limit).toArray();
}

/** Forgets events the server acknowledged (accepted or already held). */
export async function removeSent(ids: readonly string[]): Promise<void> {
  await db.outbox.bulkDelete([...ids]);
}

/** Marks events the server refused: kept with the reason, never sent again on their own. */
export async function park(refused: ReadonlyMap<string, string>, at: number): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const [id, error] of refused) {
      await db.outbox.update(id, { parkedAt: at, error });
    }
  });
}

/** Events waiting to be sent and events the server refused, counted apart. */
export function outboxCounts(): Promise<{ pending: number; parked: number }> {
  return db.transaction('r', db.outbox, async () => {
    const total = await db.outbox.count();
    // No index on `parkedAt` (schema versions are frozen here): a scan, cheap at outbox sizes.
    const parked = await db.outbox.filter(isParked).count();
    return { pending: total - parked, parked };
  });
}

/** The refused events, oldest first, with their reason. */
export function listParked(): Promise<OutboxEvent[]> {
  return db.outbox.orderBy('queuedAt').filter(isParked).toArray();
}

/** Puts refused events back in the queue (after an app update fixed what the server refused). */
export async function retryParked(): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const parked = await db.outbox.filter(isParked).toArray();
    for (const event of parked) {
      const { parkedAt: _at, error: _error, ...rest } = event;
      await db.outbox.put(rest);
    }
  });
}

/** Drops the refused events for good: the team's figures will never count them. */
export async function discardParked(): Promise<void> {
  await db.outbox.filter(isParked).delete();
}

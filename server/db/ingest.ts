// The ingest: pushes grouped (group commit) into one transaction each, every push answered as
// if it had been alone — its own accepted and duplicate counts, 'full' or error.
import { sql } from 'drizzle-orm';
import type { EventsResult } from '../../src/protocol/protocol';
import {
  applyRetractionsSql,
  type IngestBatch,
  type IngestRow,
  insertBatchesSql,
} from './eventQueries';
import type { Drizzle } from './eventStore';
import { groupCommit } from './groupCommit';

/**
 * Events a group of pushes may hold: two full pushes, or twenty of 50. PGlite runs a transaction
 * on the event loop (~30 ms for 1,000 events on one core), so a larger group would hold every
 * other request, health checks included, for longer; the statement's fixed cost is already
 * shared at this size.
 */
const GROUP_EVENTS = 1_000;

/** A push waiting for its group: its batch, its size and its workspace's cap. */
export interface Push extends IngestBatch {
  maxStored: number;
  size: number;
}

/** Thrown inside the ingest transaction to roll it back when a workspace would be too full. */
class WorkspaceFull extends Error {}

/**
 * The retractions to apply after the insert, per workspace: those the group sends, and the
 * group's events that retractions stored earlier name.
 */
function retractionTargets(pushes: readonly Push[], row: IngestRow): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  const add = (workspaceId: string, id: string) => {
    const set = targets.get(workspaceId) ?? new Set<string>();
    targets.set(workspaceId, set.add(id));
  };
  row.retracted.forEach((id, i) => {
    add(row.retracted_workspaces[i]!, id);
  });
  for (const push of pushes) {
    for (const event of push.events) {
      if (event.type === 'retraction') add(push.workspaceId, event.retracts);
    }
  }
  return targets;
}

/**
 * Stores a group of pushes in one transaction and answers each. Throws WorkspaceFull, with
 * nothing stored, when a workspace would then hold more events than its pushes allow.
 */
function ingestGroup(db: Drizzle, pushes: readonly Push[], timeZone: string) {
  return db.transaction(async (tx) => {
    // One ingest per workspace at a time: a retraction and the event it names, sent at once
    // from two devices, always see each other, and the count cannot overshoot. Locked in id
    // order, so two instances sharing a PostgreSQL never wait on each other in a cycle.
    const ids = [...new Set(pushes.map((p) => p.workspaceId))].sort();
    await tx.execute(
      sql`select 1 from workspaces where id = any(${sql.param(ids)}::uuid[]) order by id for update`,
    );
    const result = await tx.execute(insertBatchesSql(pushes, timeZone));
    const row = (result as unknown as { rows: IngestRow[] }).rows[0]!;
    const caps = new Map<string, number>();
    for (const p of pushes) {
      caps.set(p.workspaceId, Math.min(caps.get(p.workspaceId) ?? Infinity, p.maxStored));
    }
    row.workspaces.forEach((id, i) => {
      if (Number(row.stored[i]) > caps.get(id)!) throw new WorkspaceFull();
    });
    for (const [workspaceId, targets] of retractionTargets(pushes, row)) {
      await tx.execute(applyRetractionsSql(workspaceId, [...targets], timeZone));
    }
    const accepted = pushes.map(() => 0);
    for (const batch of row.accepted) accepted[batch]!++;
    return pushes.map((push, b): EventsResult | 'full' => ({
      accepted: accepted[b]!,
      duplicates: push.events.length - accepted[b]!,
    }));
  });
}

/**
 * The ingest queue of one database. A group that fails (a full workspace among others, a value
 * the database refuses) is replayed push by push: only the push at fault gets 'full' or the error.
 */
export function ingestQueue(db: Drizzle, timeZone: string) {
  return groupCommit<Push, EventsResult | 'full'>(async (pushes) => {
    try {
      return await ingestGroup(db, pushes, timeZone);
    } catch (error) {
      if (error instanceof WorkspaceFull && pushes.length === 1) return ['full'];
      throw error;
    }
  }, GROUP_EVENTS);
}

import type { OutboxEvent } from '../db/schema';
import { MAX_BATCH } from '../domain/limits';
import type { ApiError, ApiIssue, SyncApi } from './api';
import { nextBatch, park, removeSent } from './outbox';
import { toWireEvent } from './wire';

/** What a push did, and whether it must be tried again later. */
export type PushOutcome =
  /** The outbox is empty (apart from parked events). */
  | { kind: 'done'; sent: number; parked: number }
  /** The server refused the token: stop until the phone is paired again. */
  | { kind: 'unauthorized'; sent: number; parked: number }
  /** No network, server down or busy: try again after a back-off (events stay queued). */
  | { kind: 'failed'; error: ApiError; sent: number; parked: number };

/** What a push needs: the API, the device token, a clock. */
export interface PushDeps {
  api: Pick<SyncApi, 'pushEvents'>;
  token: string;
  now: () => number;
  /** Events a request carries at most (the protocol's limit unless a test says less). */
  batchSize?: number;
}

/** Why the server refused the events of a 400, by index in the batch (`events.<i>.<field>`). */
function refusedByIndex(issues: readonly ApiIssue[], count: number): Map<number, string> {
  const refused = new Map<number, string>();
  for (const issue of issues) {
    const [root, index, ...field] = issue.path;
    if (root !== 'events' || typeof index !== 'number' || index < 0 || index >= count) continue;
    const reason = `${field.join('.') || 'event'}: ${issue.message}`;
    refused.set(index, refused.has(index) ? `${refused.get(index)}; ${reason}` : reason);
  }
  return refused;
}

const isResult = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { accepted?: unknown }).accepted === 'number' &&
  typeof (value as { duplicates?: unknown }).duplicates === 'number';

/**
 * Sends the outbox, oldest first, in batches of at most 500, until it is empty or a request
 * fails. Invariants: an event leaves the outbox only once the server acknowledged it (accepted
 * or duplicate — the server ignores ids it holds, so a retry after a lost answer is harmless);
 * an event the server refuses (400) is parked with the reason, never resent in a loop; a 401
 * stops at once; anything else leaves the events queued for the next attempt.
 */
export async function pushOutbox(deps: PushDeps): Promise<PushOutcome> {
  const size = Math.min(deps.batchSize ?? MAX_BATCH, MAX_BATCH);
  let sent = 0;
  let parked = 0;

  const refuse = async (reasons: Map<string, string>) => {
    await park(reasons, deps.now());
    parked += reasons.size;
  };

  // Returns null when every event was settled (acknowledged or parked), else the error that
  // stopped it. A 400 without usable paths, or a 413, is narrowed down by halves to the events
  // at fault: at most log2(500) ≈ 9 extra requests, then single events are parked.
  const send = async (events: OutboxEvent[]): Promise<ApiError | null> => {
    const result = await deps.api.pushEvents(deps.token, events.map(toWireEvent));
    if (result.ok) {
      // A 200 that is not the server's answer (a captive portal) must not empty the outbox.
      if (!isResult(result.value)) return { kind: 'server', status: 200 };
      await removeSent(events.map((event) => event.id));
      sent += events.length;
      return null;
    }
    const { error } = result;
    const refusal = error.kind === 'invalid' && error.status === 400;
    if (!refusal && error.kind !== 'tooLarge') return error;
    if (refusal) {
      const byIndex = refusedByIndex(error.issues, events.length);
      if (byIndex.size > 0) {
        await refuse(new Map([...byIndex].map(([i, reason]) => [events[i]!.id, reason])));
        const rest = events.filter((_, i) => !byIndex.has(i));
        return rest.length > 0 ? send(rest) : null;
      }
    }
    if (events.length === 1) {
      const reason = error.kind === 'tooLarge' ? 'event: too large' : `event: ${error.code}`;
      await refuse(new Map([[events[0]!.id, reason]]));
      return null;
    }
    const half = Math.ceil(events.length / 2);
    return (await send(events.slice(0, half))) ?? send(events.slice(half));
  };

  for (;;) {
    const batch = await nextBatch(size);
    if (batch.length === 0) return { kind: 'done', sent, parked };
    const error = await send(batch);
    if (error?.kind === 'unauthorized') return { kind: 'unauthorized', sent, parked };
    if (error) return { kind: 'failed', error, sent, parked };
  }
}

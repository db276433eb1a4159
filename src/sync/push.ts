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

/** 5xx answers that mean "down or busy" (a proxy's 502/504, 503), never "this event is bad". */
const TRANSIENT = new Set([502, 503, 504]);
/** A server failure that one event may cause (a 500 on a value the server cannot store). */
const mayBeTheEvent = (error: ApiError): error is { kind: 'server'; status: number } =>
  error.kind === 'server' && error.status >= 500 && !TRANSIENT.has(error.status);

const isResult = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { accepted?: unknown }).accepted === 'number' &&
  typeof (value as { duplicates?: unknown }).duplicates === 'number';

/**
 * Sends the outbox, oldest first, in batches of at most 500, until it is empty or a request
 * fails. Invariants: an event leaves the outbox only once the server acknowledged it (accepted
 * or duplicate — the server ignores ids it holds, so a retry after a lost answer is harmless);
 * an event the server refuses (400) is parked with the reason, never resent in a loop; so is an
 * event that alone meets the same 5xx twice while another event then goes through (one bad event
 * must not block the queue for good, and a broken server must not get events parked); a 401
 * stops at once; anything else leaves the events queued for the next attempt.
 */
export async function pushOutbox(deps: PushDeps): Promise<PushOutcome> {
  const size = Math.min(deps.batchSize ?? MAX_BATCH, MAX_BATCH);
  let sent = 0;
  let parked = 0;
  /** An event that failed twice alone with this status: parked once another event gets through. */
  const held: { suspect: { event: OutboxEvent; status: number } | null } = { suspect: null };

  const refuse = async (reasons: Map<string, string>) => {
    await park(reasons, deps.now());
    parked += reasons.size;
  };

  // An answer of 200: the events are acknowledged, unless it is not the server's answer (a
  // captive portal), which must not empty the outbox.
  const acknowledge = async (events: OutboxEvent[], value: unknown): Promise<ApiError | null> => {
    if (!isResult(value)) return { kind: 'server', status: 200 };
    await removeSent(events.map((event) => event.id));
    sent += events.length;
    const { suspect } = held;
    if (suspect) {
      // The server works for other events: the suspect is the one it cannot take.
      held.suspect = null;
      await refuse(new Map([[suspect.event.id, `event: server error ${suspect.status}`]]));
    }
    return null;
  };

  // One event met a 5xx: asked once more, the same 5xx makes it the suspect, set aside.
  const askAgain = async (event: OutboxEvent, status: number): Promise<ApiError | null> => {
    const again = await deps.api.pushEvents(deps.token, [toWireEvent(event)]);
    if (again.ok) return acknowledge([event], again.value);
    if (!mayBeTheEvent(again.error) || again.error.status !== status) return again.error;
    held.suspect = { event, status };
    return null;
  };

  // Returns null when every event was settled (acknowledged, parked or set aside as the
  // suspect), else the error that stopped it. A 400 without usable paths, a 413 or a 5xx is
  // narrowed down by halves to the events at fault: at most log2(500) ≈ 9 extra requests.
  const send = async (events: OutboxEvent[]): Promise<ApiError | null> => {
    const result = await deps.api.pushEvents(deps.token, events.map(toWireEvent));
    if (result.ok) return acknowledge(events, result.value);
    const { error } = result;
    if (mayBeTheEvent(error)) {
      // A second event failing too means the server itself is failing: stop, park nothing.
      if (held.suspect) return error;
      if (events.length === 1) return askAgain(events[0]!, error.status);
    } else {
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
    }
    const half = Math.ceil(events.length / 2);
    return (await send(events.slice(0, half))) ?? send(events.slice(half));
  };

  for (;;) {
    // The suspect waits, unsent, for another event to show whether the server works.
    const { suspect } = held;
    const batch = (await nextBatch(size + 1))
      .filter((event) => event.id !== suspect?.event.id)
      .slice(0, size);
    if (batch.length === 0) {
      if (!suspect) return { kind: 'done', sent, parked };
      return { kind: 'failed', error: { kind: 'server', status: suspect.status }, sent, parked };
    }
    const error = await send(batch);
    if (error?.kind === 'unauthorized') return { kind: 'unauthorized', sent, parked };
    if (error) return { kind: 'failed', error, sent, parked };
  }
}

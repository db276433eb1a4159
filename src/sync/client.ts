import { type Accessor, createSignal } from 'solid-js';
import type { SyncApi } from './api';
import { backoffDelay } from './backoff';
import { type PushOutcome, pushOutbox } from './push';
import { markNeedsPairing, readPairing, updateSyncRecord } from './state';

/** Why a push is asked for. */
export type SyncReason = 'start' | 'online' | 'visible' | 'outbox' | 'worker' | 'manual';

/** What this tab's sync is doing. */
export type SyncPhase =
  /** Nothing to do, or not paired. */
  | 'idle'
  /** A push is under way. */
  | 'syncing'
  /** The last push failed; the next attempt is at `nextRetryAt`. */
  | 'waiting';

/** The environment of the sync client (all injected, so tests control time and network). */
export interface SyncClientDeps {
  api: Pick<SyncApi, 'pushEvents'>;
  now: () => number;
  random: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** Runs `task` unless another tab holds the sync lock; then resolves to 'busy'. */
  withLock: <T>(task: () => Promise<T>) => Promise<T | 'busy'>;
  /** Asks the service worker to wake the app when the network is back (Background Sync). */
  requestWakeUp?: () => void;
}

/** The page's sync client: one push at a time, retried with back-off. */
export interface SyncClient {
  /** Asks for a push; resolves when the push it triggered (or joined) ends. */
  requestSync(reason: SyncReason): Promise<void>;
  phase: Accessor<SyncPhase>;
  /** When the next automatic attempt is due (ms), while `phase` is 'waiting'. */
  nextRetryAt: Accessor<number | null>;
  /** Cancels the pending retry (tests, unpairing). */
  stop(): void;
}

/** How soon a tab that found another tab pushing checks again that nothing was left. */
const BUSY_RECHECK_MS = 5_000;

/** Reasons that mean "the conditions changed": they skip a back-off wait, not a Retry-After. */
const FRESH_CHANCE: ReadonlySet<SyncReason> = new Set([
  'start',
  'online',
  'visible',
  'worker',
  'manual',
]);

/** Creates the sync client. Business rules of pushing are in push.ts; this is only timing. */
export function createSyncClient(deps: SyncClientDeps): SyncClient {
  const [phase, setPhase] = createSignal<SyncPhase>('idle');
  const [nextRetryAt, setNextRetryAt] = createSignal<number | null>(null);
  let running: Promise<void> | null = null;
  let again = false;
  let attempt = 0;
  let timer: unknown = null;
  /** A server's Retry-After: no request before this instant, whatever the trigger. */
  let notBefore = 0;

  const schedule = (ms: number, next: SyncPhase) => {
    if (timer !== null) deps.clearTimer(timer);
    setPhase(next);
    setNextRetryAt(next === 'waiting' ? deps.now() + ms : null);
    timer = deps.setTimer(() => {
      timer = null;
      void run();
    }, ms);
  };

  const settle = async (outcome: PushOutcome | 'busy' | 'unpaired') => {
    if (outcome === 'busy') {
      schedule(BUSY_RECHECK_MS, 'idle');
      return;
    }
    if (outcome === 'unpaired') {
      attempt = 0;
      setPhase('idle');
      return;
    }
    const at = deps.now();
    if (outcome.kind === 'done') {
      attempt = 0;
      setPhase('idle');
      if (outcome.sent > 0 || outcome.parked > 0) {
        await updateSyncRecord({ lastSuccessAt: at, lastError: null });
      }
      return;
    }
    if (outcome.kind === 'unauthorized') {
      attempt = 0;
      setPhase('idle');
      await markNeedsPairing();
      await updateSyncRecord({ lastError: { kind: 'unauthorized', at } });
      return;
    }
    const { error } = outcome;
    const retryAfter = error.kind === 'rateLimited' ? error.retryAfterMs : null;
    const delay = backoffDelay(attempt, deps.random, retryAfter);
    attempt += 1;
    if (retryAfter !== null) notBefore = at + delay;
    if (error.kind === 'offline') deps.requestWakeUp?.();
    await updateSyncRecord({
      ...(outcome.sent > 0 ? { lastSuccessAt: at } : {}),
      lastError: { kind: error.kind, at },
    });
    schedule(delay, 'waiting');
  };

  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    if (timer !== null) {
      deps.clearTimer(timer);
      timer = null;
    }
    setPhase('syncing');
    setNextRetryAt(null);
    running = (async () => {
      let outcome: PushOutcome | 'busy' | 'unpaired';
      try {
        outcome = await deps.withLock(async () => {
          const pairing = await readPairing();
          if (!pairing || pairing.needsPairing) return 'unpaired' as const;
          return pushOutbox({ api: deps.api, token: pairing.token, now: deps.now });
        });
      } catch (error) {
        // IndexedDB failed under us (quota, closing tab): retry later like a server failure.
        console.error('Sync push failed', error);
        outcome = { kind: 'failed', error: { kind: 'server', status: 0 }, sent: 0, parked: 0 };
      }
      await settle(outcome);
    })().finally(() => {
      running = null;
      // Asked again during the push: go once more, unless it failed (the back-off decides).
      const rerun = again && phase() !== 'waiting';
      again = false;
      if (rerun) void run();
    });
    return running;
  };

  return {
    requestSync(reason) {
      if (running) {
        again = true;
        return running;
      }
      if (deps.now() < notBefore) return Promise.resolve();
      // New events during a back-off wait for the scheduled retry; a new chance (network back,
      // app shown, the user's tap) tries at once.
      if (phase() === 'waiting' && !FRESH_CHANCE.has(reason)) return Promise.resolve();
      return run();
    },
    phase,
    nextRetryAt,
    stop() {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
      setPhase('idle');
      setNextRetryAt(null);
    },
  };
}

import { SYNC_NOW, SYNC_TAG } from '../domain/sync';
import { createApi } from './api';
import { createSyncClient, type SyncClient, type SyncReason } from './client';
import { watchSyncState } from './live';

// Starts the page's sync client and wires its triggers. Loaded lazily after the first render
// (src/main.tsx) and by the Team screen; the service worker only wakes the page up.

/** Name of the Web Lock that keeps pushes to one tab at a time. */
const LOCK = 'etabli-sync';
/** Quiet time after the last new event before pushing (a burst of taps makes one request). */
const OUTBOX_DEBOUNCE_MS = 1_000;

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** Runs `task` under the cross-tab lock, or reports 'busy'; without Web Locks, runs it. */
function withLock<T>(task: () => Promise<T>): Promise<T | 'busy'> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  return locks.request(LOCK, { ifAvailable: true }, (lock) => (lock ? task() : ('busy' as const)));
}

/** Asks the service worker for a Background Sync wake-up, where the browser has it. */
function requestWakeUp(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => {
      const sync = (registration as ServiceWorkerRegistration & { sync?: SyncManagerLike }).sync;
      return sync?.register(SYNC_TAG);
    })
    .catch(() => undefined);
}

let client: SyncClient | undefined;

/** Starts sync once per page (later calls return the same client) and pushes what waits. */
export function startSync(): SyncClient {
  if (client) return client;
  const started = createSyncClient({
    api: createApi(),
    now: Date.now,
    random: Math.random,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    withLock,
    requestWakeUp,
  });
  client = started;
  const sync = (reason: SyncReason) => void started.requestSync(reason);

  let debounce: ReturnType<typeof setTimeout> | undefined;
  watchSyncState(() => {
    clearTimeout(debounce);
    debounce = setTimeout(() => sync('outbox'), OUTBOX_DEBOUNCE_MS);
  });
  // navigator.onLine is a hint: 'online' only triggers an attempt, whose result is the truth.
  window.addEventListener('online', () => sync('online'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') sync('visible');
  });
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === SYNC_NOW) sync('worker');
  });
  sync('start');
  return started;
}

import { createSignal } from 'solid-js';
import type { Workbox } from 'workbox-window';
import { flushPendingSaves } from '../db/pendingSaves';

const [updateReady, setUpdateReady] = createSignal(false);
const [offlineReady, setOfflineReady] = createSignal(false);

/** A new version waits for the user's go-ahead. */
/** The first install finished: the app now works offline. */
export { offlineReady, updateReady };

let workbox: Workbox | undefined;
let registration: ServiceWorkerRegistration | undefined;

/**
 * Registers the service worker (production, or dev with VITE_DEV_SW=true) and watches updates.
 * Without service workers (an old browser, a policy, private browsing, a blocked registration)
 * the app runs as a plain web page: nothing is shown and nothing is thrown.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!globalThis.navigator?.serviceWorker) return;
  if (import.meta.env.DEV && import.meta.env.VITE_DEV_SW !== 'true') return;
  const { Workbox } = await import('workbox-window');
  const url = import.meta.env.DEV ? '/dev-sw.js?dev-sw' : '/sw.js';
  // updateViaCache 'none': the browser always re-fetches sw.js, never from the HTTP cache.
  const candidate = new Workbox(url, {
    scope: '/',
    type: import.meta.env.DEV ? 'module' : 'classic',
    updateViaCache: 'none',
  });
  candidate.addEventListener('waiting', () => setUpdateReady(true));
  candidate.addEventListener('installed', (event) => {
    if (!event.isUpdate) setOfflineReady(true);
  });
  try {
    // Workbox throws a TypeError when the browser answers without a registration (blocked).
    registration = (await candidate.register()) ?? undefined;
  } catch (error) {
    console.info('Établi runs without a service worker (no offline use):', error);
    return;
  }
  if (!registration) return;
  workbox = candidate;
  // Home-screen apps (iOS above all) rarely re-check their worker: check whenever the app
  // comes back to the foreground with a network.
  const check = () => {
    if (document.visibilityState === 'visible' && navigator.onLine) {
      workbox?.update().catch(() => undefined);
    }
  };
  document.addEventListener('visibilitychange', check);
  window.addEventListener('online', check);
}

/** Applies the waiting version once every pending save is on disk, then reloads. */
export async function applyUpdate(): Promise<void> {
  if (!workbox) return;
  await flushPendingSaves();
  if (!registration?.waiting) {
    // Another tab already applied it: the new version controls this page, which still runs
    // the old code. Reloading is all that is left to do.
    window.location.reload();
    return;
  }
  // Listen just before skipping waiting: `isUpdate` is fixed at register time and would miss an
  // update found during the first visit.
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

/** Hides the "ready to work offline" notice. */
export function dismissOfflineReady(): void {
  setOfflineReady(false);
}

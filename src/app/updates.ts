import { createSignal } from 'solid-js';
import type { Workbox } from 'workbox-window';
import { flushPendingSaves } from '../db/pendingSaves';

const [updateReady, setUpdateReady] = createSignal(false);
const [offlineReady, setOfflineReady] = createSignal(false);

/** A new version waits for the user's go-ahead. */
/** The first install finished: the app now works offline. */
export { offlineReady, updateReady };

let workbox: Workbox | undefined;

/** Registers the service worker (production, or dev with VITE_DEV_SW=true) and watches updates. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  if (import.meta.env.DEV && import.meta.env.VITE_DEV_SW !== 'true') return;
  const { Workbox } = await import('workbox-window');
  const url = import.meta.env.DEV ? '/dev-sw.js?dev-sw' : '/sw.js';
  // updateViaCache 'none': the browser always re-fetches sw.js, never from the HTTP cache.
  workbox = new Workbox(url, {
    scope: '/',
    type: import.meta.env.DEV ? 'module' : 'classic',
    updateViaCache: 'none',
  });
  workbox.addEventListener('waiting', () => setUpdateReady(true));
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) setOfflineReady(true);
  });
  await workbox.register();
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
  // Listen just before skipping waiting: `isUpdate` is fixed at register time and would miss an
  // update found during the first visit.
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

/** Hides the "ready to work offline" notice. */
export function dismissOfflineReady(): void {
  setOfflineReady(false);
}

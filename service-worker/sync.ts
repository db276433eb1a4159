import { SYNC_NOW, SYNC_TAG } from '../src/domain/sync';

declare const self: ServiceWorkerGlobalScope;

export { SYNC_TAG };

/** The Background Sync event (not in TypeScript's WebWorker types yet). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/**
 * When the browser says the network is back (Background Sync), asks the open pages to push their
 * outbox. The business logic stays in the page; with no page open, there is nothing to do: the
 * next start pushes.
 */
export function setupSyncWakeUp(): void {
  self.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== SYNC_TAG) return;
    sync.waitUntil(
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) => {
        for (const client of clients) client.postMessage({ type: SYNC_NOW });
      }),
    );
  });
}

declare const self: ServiceWorkerGlobalScope;

/** A waiting version activates only when the page says the user accepted the update. */
export function setupUpdateHandshake(): void {
  self.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') {
      void self.skipWaiting();
    }
  });
}

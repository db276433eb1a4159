declare const self: ServiceWorkerGlobalScope;

/** Caches this worker owns: Workbox's precache (its name holds "precache") and ours ("etabli-"). */
export function isOwnCache(name: string): boolean {
  return name.includes('precache') || name.startsWith('etabli-');
}

/** On activation, deletes caches left by earlier versions that this one no longer uses. */
export function setupCacheCleanup(): void {
  self.addEventListener('activate', (event) => {
    event.waitUntil(
      caches
        .keys()
        .then((names) =>
          Promise.all(names.filter((name) => !isOwnCache(name)).map((name) => caches.delete(name))),
        ),
    );
  });
}

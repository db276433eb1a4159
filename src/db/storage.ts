import { db } from './database';

/** How much the device lets the app store, and whether it may evict it. */
export interface StorageInfo {
  usageBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean | null;
}

/** The storage estimate and persistence state, `null` where the browser does not say. */
export async function storageInfo(): Promise<StorageInfo> {
  const storage = globalThis.navigator?.storage;
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  const persisted = storage?.persisted ? await storage.persisted() : null;
  return {
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    persisted,
  };
}

const ASKED = 'persistenceRequested';

/**
 * Asks the browser, once, to keep the app's data from eviction. Called after the user first
 * saves something: browsers grant it more readily once the site holds user data.
 */
export async function requestPersistenceOnce(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return null;
  // Read and mark in one transaction: saves finishing together must not all ask.
  const first = await db.transaction('rw', db.meta, async () => {
    if (await db.meta.get(ASKED)) return false;
    await db.meta.put({ key: ASKED, value: true });
    return true;
  });
  return first ? storage.persist() : null;
}

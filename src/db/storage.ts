import { readMeta, writeMeta } from './meta';

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
  if (!storage?.persist || (await readMeta<boolean>(ASKED))) return null;
  await writeMeta(ASKED, true);
  return storage.persist();
}

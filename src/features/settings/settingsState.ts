import { createResource, type Resource } from 'solid-js';
import { type StorageInfo, storageInfo } from '../../db/storage';

const UNKNOWN: StorageInfo = { usageBytes: null, quotaBytes: null, persisted: null };

/**
 * How much the device lets the app store and whether it may evict it, read once per visit; what
 * the browser does not say (or fails to say) is null, shown as unknown.
 */
export function createStorageInfo(): Resource<StorageInfo> {
  const [info] = createResource(() =>
    storageInfo().catch((error: unknown) => {
      console.error('Storage estimate failed', error);
      return UNKNOWN;
    }),
  );
  return info;
}

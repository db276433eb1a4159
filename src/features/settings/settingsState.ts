import { createResource, type Resource } from 'solid-js';
import { type AttachmentUsage, attachmentUsage } from '../../db/attachments';
import { createLiveQuery, type LiveQuery } from '../../db/live';
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

/** Photos and files the DOE keeps on the device, and their bytes, live (a job deleted frees them). */
export function createAttachmentUsage(): LiveQuery<AttachmentUsage> {
  return createLiveQuery(() => attachmentUsage());
}

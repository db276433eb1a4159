import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './database';
import type { AttachmentRecord } from './schema';

// Photos and files attached to DOE items, stored as Blobs. Reading a record hands back Blob
// references, not their bytes, so listing a job's 200 photos reads no image. Deletion is soft
// (`deletedAt`) so it can be undone; `purgeDeleted` frees the space.

/** What a new attachment needs; ids, dates and sizes are filled in here. */
export type NewAttachment = Pick<
  AttachmentRecord,
  'jobId' | 'itemId' | 'kind' | 'name' | 'type' | 'blob'
> &
  Partial<Pick<AttachmentRecord, 'thumb' | 'width' | 'height' | 'caption'>>;

/** Stores an attachment and marks its job updated, in one transaction. */
export async function addAttachment(input: NewAttachment): Promise<AttachmentRecord> {
  const record: AttachmentRecord = {
    caption: '',
    ...input,
    id: newId(),
    size: input.blob.size,
    ...(input.thumb ? { thumbSize: input.thumb.size } : {}),
    createdAt: now(),
  };
  await db.transaction('rw', db.attachments, db.jobs, async () => {
    await db.attachments.add(record);
    await db.jobs.update(record.jobId, { updatedAt: record.createdAt });
  });
  return record;
}

/** The job's attachments, oldest first, leaving out deleted ones and those of removed items. */
export async function listAttachments(jobId: string): Promise<AttachmentRecord[]> {
  return db.transaction('r', db.attachments, db.doeItems, async () => {
    const [attachments, items] = await Promise.all([
      db.attachments.where('jobId').equals(jobId).toArray(),
      db.doeItems.where('jobId').equals(jobId).toArray(),
    ]);
    const removed = new Set(items.filter((item) => item.deletedAt !== undefined).map((i) => i.id));
    return attachments
      .filter((entry) => entry.deletedAt === undefined && !removed.has(entry.itemId))
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  });
}

/** One attachment, or undefined (deleted ones included, for undo). */
export function getAttachment(id: string): Promise<AttachmentRecord | undefined> {
  return db.attachments.get(id);
}

/** Saves a caption as typed. */
export async function setCaption(id: string, caption: string): Promise<void> {
  await db.attachments.update(id, { caption });
}

/** Hides an attachment until `restoreAttachment` or `purgeDeleted`; returns when it was deleted. */
export async function deleteAttachment(id: string): Promise<number | undefined> {
  return db.transaction('rw', db.attachments, db.jobs, async () => {
    const record = await db.attachments.get(id);
    if (!record) return undefined;
    const at = now();
    await db.attachments.update(id, { deletedAt: at });
    await db.jobs.update(record.jobId, { updatedAt: at });
    return at;
  });
}

/** Brings a deleted attachment back. */
export async function restoreAttachment(id: string): Promise<void> {
  await db.transaction('rw', db.attachments, db.jobs, async () => {
    const record = await db.attachments.get(id);
    if (!record || record.deletedAt === undefined) return;
    const { deletedAt: _gone, ...kept } = record;
    await db.attachments.put(kept);
    await db.jobs.update(record.jobId, { updatedAt: now() });
  });
}

/**
 * Makes removals older than `before` final: deletes the items removed then with their
 * attachments, and the attachments deleted then. Returns how many attachments were freed.
 */
export async function purgeDeleted(before: number): Promise<number> {
  return db.transaction('rw', db.attachments, db.doeItems, async () => {
    const items = await db.doeItems
      .filter((item) => (item.deletedAt ?? Infinity) <= before)
      .primaryKeys();
    const itemAttachments = items.length
      ? await db.attachments.where('itemId').anyOf(items).primaryKeys()
      : [];
    const deleted = await db.attachments
      .filter((entry) => (entry.deletedAt ?? Infinity) <= before)
      .primaryKeys();
    const freed = new Set([...itemAttachments, ...deleted]);
    await db.attachments.bulkDelete([...freed]);
    await db.doeItems.bulkDelete(items);
    return freed.size;
  });
}

/** What the DOE photos and files take on this device, counted from their recorded sizes. */
export interface AttachmentUsage {
  photos: number;
  files: number;
  bytes: number;
}

/** Counts every stored photo and file (deleted ones still held included) and their bytes. */
export async function attachmentUsage(): Promise<AttachmentUsage> {
  const usage: AttachmentUsage = { photos: 0, files: 0, bytes: 0 };
  await db.attachments.each((entry) => {
    if (entry.kind === 'photo') usage.photos += 1;
    else usage.files += 1;
    usage.bytes += entry.size + (entry.thumbSize ?? 0);
  });
  return usage;
}

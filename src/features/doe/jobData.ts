import { type Accessor, createComputed } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { listAttachments } from '../../db/attachments';
import { listItems } from '../../db/doeItems';
import { getJob } from '../../db/jobs';
import { createLiveQuery } from '../../db/live';
import type { AttachmentRecord, DoeItemRecord, JobRecord } from '../../db/schema';

/** Everything a DOE screen shows of one job, read together so the three always agree. */
export interface JobData {
  job: JobRecord | undefined;
  items: DoeItemRecord[];
  /** The attachments of each item, oldest first. */
  attachments: Map<string, AttachmentRecord[]>;
}

/** Reads a job, its items and their attachments. */
export async function readJob(jobId: string): Promise<JobData> {
  const [job, items, attachments] = await Promise.all([
    getJob(jobId),
    listItems(jobId),
    listAttachments(jobId),
  ]);
  const byItem = new Map<string, AttachmentRecord[]>();
  for (const attachment of attachments) {
    const list = byItem.get(attachment.itemId) ?? [];
    list.push(attachment);
    byItem.set(attachment.itemId, list);
  }
  return { job, items, attachments: byItem };
}

/** A job as the screens read it: attachments grouped in a plain object (a store can hold it). */
export interface JobView {
  job: JobRecord | undefined;
  items: DoeItemRecord[];
  attachments: Record<string, AttachmentRecord[]>;
}

/**
 * The job, live: it follows every change made here or in another tab. Each new reading is
 * reconciled by id into a store, so a change (a status, a caption, one more photo) updates what
 * changed on screen and leaves the rest (200 thumbnails) as it is.
 */
export function createJobData(jobId: Accessor<string>): { value: Accessor<JobView | undefined> } {
  const live = createLiveQuery(readJob, jobId);
  const [state, setState] = createStore<{ view?: JobView }>({});
  createComputed(() => {
    const next = live.value();
    if (!next) return;
    const view: JobView = { ...next, attachments: Object.fromEntries(next.attachments) };
    setState('view', reconcile(view, { key: 'id', merge: false }));
  });
  return { value: () => state.view };
}

import { type Accessor, createComputed } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { listAttachments } from '../../db/attachments';
import { listItems, requiredProgress } from '../../db/doeItems';
import { getJob, listJobs } from '../../db/jobs';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import type { AttachmentRecord, DoeItemRecord, JobRecord } from '../../db/schema';

// What the DOE screens read, live: they follow every change made here or in another tab. A read
// that fails says so through its `error` (the screens show it with Retry, `ui/Feedback`).

/** The records the DOE screens show (types only: components never import src/db). */
export type { AttachmentRecord, DoeItemRecord, JobRecord };

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
 * The job, live. Each new reading is reconciled by id into a store, so a change (a status, a
 * caption, one more photo) updates what changed on screen and leaves the rest (200 thumbnails)
 * as it is.
 */
export function createJobData(jobId: Accessor<string>): LiveQuery<JobView> {
  const live = createLiveQuery(readJob, jobId);
  const [state, setState] = createStore<{ view?: JobView }>({});
  createComputed(() => {
    const next = live.value();
    if (!next) return;
    const view: JobView = { ...next, attachments: Object.fromEntries(next.attachments) };
    setState('view', reconcile(view, { key: 'id', merge: false }));
  });
  return { value: () => state.view, error: live.error, retry: live.retry };
}

/** A job of the list with the progress of its required items. */
export interface JobListEntry {
  job: JobRecord;
  progress: { required: number; settled: number } | undefined;
}

/** Jobs whose name, customer, address or lot hold every word of `search`, newest change first. */
export function createJobList(search: Accessor<string>): LiveQuery<JobListEntry[]> {
  return createLiveQuery(async (words: string) => {
    const found = await listJobs(words);
    const progress = await requiredProgress(found.map((job) => job.id));
    return found.map((job) => ({ job, progress: progress.get(job.id) }));
  }, search);
}

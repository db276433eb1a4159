import type { Accessor } from 'solid-js';
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

/** The job, live: it follows every change made here or in another tab. */
export function createJobData(jobId: Accessor<string>) {
  return createLiveQuery(readJob, jobId);
}

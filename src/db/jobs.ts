import { isOpenJob } from '../domain/doe';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { matchesAllWords } from '../lib/search';
import { db } from './database';
import type { DoeItemRecord, JobRecord } from './schema';

/** What the artisan types to create a job. */
export type JobInput = Pick<
  JobRecord,
  'name' | 'customer' | 'siteAddress' | 'lot' | 'checklists' | 'startDate' | 'endDate'
>;

/** A checklist item to copy into a new DOE. */
export type ItemSeed = Pick<DoeItemRecord, 'checklistItemId' | 'required'>;

/** Creates a job in progress and its DOE items (in the order given), in one transaction. */
export async function createJob(input: JobInput, seeds: readonly ItemSeed[]): Promise<JobRecord> {
  const at = now();
  const job: JobRecord = {
    ...input,
    customer: { ...input.customer },
    checklists: [...input.checklists],
    id: newId(),
    status: 'in-progress',
    createdAt: at,
    updatedAt: at,
  };
  const items: DoeItemRecord[] = seeds.map((seed, order) => ({
    id: newId(),
    jobId: job.id,
    order,
    ...(seed.checklistItemId ? { checklistItemId: seed.checklistItemId } : {}),
    required: seed.required,
    status: 'missing',
    note: '',
    createdAt: at,
    updatedAt: at,
  }));
  await db.transaction('rw', db.jobs, db.doeItems, async () => {
    await db.jobs.add(job);
    await db.doeItems.bulkAdd(items);
  });
  return job;
}

/** One job, or undefined. */
export function getJob(id: string): Promise<JobRecord | undefined> {
  return db.jobs.get(id);
}

/** Saves the job's own fields as typed (not its items), and marks it updated. */
export async function updateJob(
  id: string,
  changes: Partial<Pick<JobRecord, keyof JobInput | 'status' | 'exportedAt'>>,
): Promise<void> {
  await db.jobs.update(id, { ...changes, updatedAt: now() });
}

/** The text a job is searched by: its name, customer, addresses and lot. */
function searchText(job: JobRecord): string {
  return [job.name, job.customer.name, job.customer.address, job.siteAddress, job.lot].join(' ');
}

/** Jobs whose name, customer, address or lot hold every word of `search`, newest change first. */
export function listJobs(search = ''): Promise<JobRecord[]> {
  return db.jobs
    .orderBy('updatedAt')
    .reverse()
    .filter((job) => matchesAllWords(searchText(job), search))
    .toArray();
}

/** Jobs whose DOE is not handed over yet, newest change first (Home). */
export function listOpenJobs(limit = 5): Promise<JobRecord[]> {
  return db.jobs
    .orderBy('updatedAt')
    .reverse()
    .filter((job) => isOpenJob(job.status))
    .limit(limit)
    .toArray();
}

/**
 * Deletes a job with its items and every photo and file attached to them, in one transaction:
 * the space they held is freed at once.
 */
export async function deleteJob(id: string): Promise<void> {
  await db.transaction('rw', db.jobs, db.doeItems, db.attachments, async () => {
    await db.attachments.where('jobId').equals(id).delete();
    await db.doeItems.where('jobId').equals(id).delete();
    await db.jobs.delete(id);
  });
}

/** Marks a job as just changed (its items or attachments), so lists show it first. */
export async function touchJob(id: string): Promise<void> {
  await db.jobs.update(id, { updatedAt: now() });
}

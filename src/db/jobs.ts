import { isOpenJob } from '../domain/doe';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { matchesAllWords } from '../lib/search';
import { db } from './database';
import type { CustomerRecord, DoeItemRecord, JobCustomer, JobRecord } from './schema';

// A job linked to a stored customer (`customer.id`) keeps a copy of its name and address, so an
// old job and its PDF stay readable if the customer is gone. Reads show the customer as it is
// now (the copy when the link no longer resolves); every save of the job refreshes the copy.

/** What the artisan types to create a job. */
export type JobInput = Pick<
  JobRecord,
  'name' | 'customer' | 'siteAddress' | 'lot' | 'checklists' | 'startDate' | 'endDate'
>;

/** A checklist item to copy into a new DOE. */
export type ItemSeed = Pick<DoeItemRecord, 'checklistItemId' | 'required'>;

/** The job's customer as it is now: the linked customer's name and address, else the copy. */
function currentCustomer(stored: JobCustomer, linked: CustomerRecord | undefined): JobCustomer {
  if (!stored.id || !linked) return { ...stored };
  return { id: linked.id, name: linked.name, address: linked.address };
}

/**
 * The jobs with their customers as they are now. Read apart from the jobs (not in one
 * transaction), so a read never holds the jobs while an item's change waits to write.
 */
async function withCurrentCustomers(jobs: JobRecord[]): Promise<JobRecord[]> {
  const ids = [...new Set(jobs.flatMap((job) => (job.customer.id ? [job.customer.id] : [])))];
  if (ids.length === 0) return jobs;
  const found = await db.customers.bulkGet(ids);
  const linked = new Map(found.flatMap((customer) => (customer ? [[customer.id, customer]] : [])));
  return jobs.map((job) => ({
    ...job,
    customer: currentCustomer(job.customer, linked.get(job.customer.id ?? '')),
  }));
}

/** A customer to store on a job: linked (with a fresh copy of its details) or typed. */
async function customerToStore(customer: JobCustomer): Promise<JobCustomer> {
  const linked = customer.id ? await db.customers.get(customer.id) : undefined;
  return currentCustomer(customer, linked);
}

/**
 * Creates a job in progress and its DOE items (in the order given), in one transaction. A linked
 * customer's name and address are copied as they are now.
 */
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
  await db.transaction('rw', db.jobs, db.doeItems, db.customers, async () => {
    job.customer = await customerToStore(job.customer);
    await db.jobs.add(job);
    await db.doeItems.bulkAdd(items);
  });
  return job;
}

/** One job, its customer as it is now; or undefined. */
export async function getJob(id: string): Promise<JobRecord | undefined> {
  const job = await db.jobs.get(id);
  return job && (await withCurrentCustomers([job]))[0];
}

/**
 * Saves the job's own fields as typed (not its items), and marks it updated. The copy of a
 * linked customer's name and address is refreshed with it.
 */
export async function updateJob(
  id: string,
  changes: Partial<Pick<JobRecord, keyof JobInput | 'status' | 'exportedAt'>>,
): Promise<void> {
  await db.transaction('rw', db.jobs, db.customers, async () => {
    const customer = changes.customer ?? (await db.jobs.get(id))?.customer;
    await db.jobs.update(id, {
      ...changes,
      ...(customer ? { customer: await customerToStore(customer) } : {}),
      updatedAt: now(),
    });
  });
}

/** The text a job is searched by: its name, customer, addresses and lot. */
function searchText(job: JobRecord): string {
  return [job.name, job.customer.name, job.customer.address, job.siteAddress, job.lot].join(' ');
}

/**
 * Jobs whose name, customer (as it is now), address or lot hold every word of `search`, newest
 * change first.
 */
export async function listJobs(search = ''): Promise<JobRecord[]> {
  const jobs = await withCurrentCustomers(await db.jobs.orderBy('updatedAt').reverse().toArray());
  return jobs.filter((job) => matchesAllWords(searchText(job), search));
}

/** Jobs whose DOE is not handed over yet, newest change first, customers as they are now (Home). */
export async function listOpenJobs(limit = 5): Promise<JobRecord[]> {
  const jobs = await db.jobs
    .orderBy('updatedAt')
    .reverse()
    .filter((job) => isOpenJob(job.status))
    .limit(limit)
    .toArray();
  return withCurrentCustomers(jobs);
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

import type { DoeItemStatus } from '../domain/doe';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './database';
import type { DoeItemRecord } from './schema';

// A job's DOE items. Every write also marks the job updated, in the same transaction. Removal
// is soft (`deletedAt`) so it can be undone with its photos; `purgeDeleted` makes it final.

/** The job's items in their order, removed ones left out. */
export async function listItems(jobId: string): Promise<DoeItemRecord[]> {
  const items = await db.doeItems.where('jobId').equals(jobId).toArray();
  return items.filter((item) => item.deletedAt === undefined).sort((a, b) => a.order - b.order);
}

/** Runs `write` on one item and marks its job updated, in one transaction. */
async function changeItem(
  id: string,
  write: (item: DoeItemRecord, at: number) => Partial<DoeItemRecord>,
): Promise<DoeItemRecord | undefined> {
  return db.transaction('rw', db.doeItems, db.jobs, async () => {
    const item = await db.doeItems.get(id);
    if (!item) return undefined;
    const at = now();
    const changed = { ...item, ...write(item, at), updatedAt: at };
    await db.doeItems.put(changed);
    await db.jobs.update(item.jobId, { updatedAt: at });
    return changed;
  });
}

/** Adds an item typed by the artisan at the end of the job's DOE. */
export async function addItem(
  jobId: string,
  label: string,
  required: boolean,
): Promise<DoeItemRecord> {
  return db.transaction('rw', db.doeItems, db.jobs, async () => {
    const existing = await listItems(jobId);
    const at = now();
    const item: DoeItemRecord = {
      id: newId(),
      jobId,
      order: (existing.at(-1)?.order ?? -1) + 1,
      label,
      required,
      status: 'missing',
      note: '',
      createdAt: at,
      updatedAt: at,
    };
    await db.doeItems.add(item);
    await db.jobs.update(jobId, { updatedAt: at });
    return item;
  });
}

/** Gives an item the artisan's own wording (kept as typed). */
export function renameItem(id: string, label: string): Promise<DoeItemRecord | undefined> {
  return changeItem(id, () => ({ label }));
}

/** Sets where an item stands (à fournir, reçu, non applicable). */
export function setItemStatus(
  id: string,
  status: DoeItemStatus,
): Promise<DoeItemRecord | undefined> {
  return changeItem(id, () => ({ status }));
}

/** Saves an item's note as typed. */
export function setItemNote(id: string, note: string): Promise<DoeItemRecord | undefined> {
  return changeItem(id, () => ({ note }));
}

/** Makes an item required or optional. */
export function setItemRequired(id: string, required: boolean): Promise<DoeItemRecord | undefined> {
  return changeItem(id, () => ({ required }));
}

/** Moves an item to position `to` (0-based, clamped) among the job's items; renumbers them all. */
export async function moveItem(id: string, to: number): Promise<void> {
  await db.transaction('rw', db.doeItems, db.jobs, async () => {
    const item = await db.doeItems.get(id);
    if (!item) return;
    const items = await listItems(item.jobId);
    const from = items.findIndex((candidate) => candidate.id === id);
    if (from < 0) return;
    const target = Math.max(0, Math.min(items.length - 1, to));
    if (target === from) return;
    const [moved] = items.splice(from, 1);
    if (moved) items.splice(target, 0, moved);
    const at = now();
    await db.doeItems.bulkPut(items.map((entry, order) => ({ ...entry, order, updatedAt: at })));
    await db.jobs.update(item.jobId, { updatedAt: at });
  });
}

/** Removes an item (and hides its attachments) until `restoreItem` or `purgeDeleted`. */
export function removeItem(id: string): Promise<DoeItemRecord | undefined> {
  return changeItem(id, (_item, at) => ({ deletedAt: at }));
}

/** Brings back a removed item, at its place, with its attachments. */
export async function restoreItem(id: string): Promise<void> {
  await db.transaction('rw', db.doeItems, db.jobs, async () => {
    const item = await db.doeItems.get(id);
    if (!item || item.deletedAt === undefined) return;
    const { deletedAt: _gone, ...kept } = item;
    await db.doeItems.put(kept);
    await db.jobs.update(item.jobId, { updatedAt: now() });
  });
}

/**
 * Appends checklist items a job does not hold yet (an item removed earlier comes back) and
 * records the checklist on the job, in one transaction. Returns how many items were added.
 */
export async function appendChecklist(
  jobId: string,
  checklist: string,
  seeds: readonly Pick<DoeItemRecord, 'checklistItemId' | 'required'>[],
): Promise<number> {
  return db.transaction('rw', db.doeItems, db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) return 0;
    const items = await listItems(jobId);
    const held = new Set(items.map((item) => item.checklistItemId));
    const at = now();
    let order = (items.at(-1)?.order ?? -1) + 1;
    const added: DoeItemRecord[] = seeds
      .filter((seed) => !held.has(seed.checklistItemId))
      .map((seed) => ({
        id: newId(),
        jobId,
        order: order++,
        ...(seed.checklistItemId ? { checklistItemId: seed.checklistItemId } : {}),
        required: seed.required,
        status: 'missing',
        note: '',
        createdAt: at,
        updatedAt: at,
      }));
    await db.doeItems.bulkAdd(added);
    const checklists = job.checklists.includes(checklist)
      ? job.checklists
      : [...job.checklists, checklist];
    await db.jobs.update(jobId, { checklists, updatedAt: at });
    return added.length;
  });
}

/** Per job: its required items and how many of them are settled (received or not applicable). */
export async function requiredProgress(
  jobIds: readonly string[],
): Promise<Map<string, { required: number; settled: number }>> {
  const progress = new Map(jobIds.map((id) => [id, { required: 0, settled: 0 }]));
  if (jobIds.length === 0) return progress;
  await db.doeItems
    .where('jobId')
    .anyOf([...jobIds])
    .each((item) => {
      const counts = progress.get(item.jobId);
      if (!counts || !item.required || item.deletedAt !== undefined) return;
      counts.required += 1;
      if (item.status !== 'missing') counts.settled += 1;
    });
  return progress;
}

// @vitest-environment node
// Node's Blob, not jsdom's: fake-indexeddb clones values with Node's structuredClone, which
// turns a jsdom Blob into an empty object (its bytes silently lost) but keeps a Node Blob whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock';
import { addAttachment, listAttachments } from './attachments';
import { createCustomer, updateCustomer } from './customers';
import { db } from './database';
import {
  addItem,
  appendChecklist,
  listItems,
  moveItem,
  removeItem,
  renameItem,
  requiredProgress,
  restoreItem,
  setItemNote,
  setItemRequired,
  setItemStatus,
} from './doeItems';
import {
  createJob,
  deleteJob,
  getJob,
  type JobInput,
  listJobs,
  listOpenJobs,
  updateJob,
} from './jobs';

let clock = 1_000;
let restoreClock: () => void;
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  clock = 1_000;
  restoreClock = setClock(() => clock++);
});
afterEach(() => restoreClock());

function input(overrides: Partial<JobInput> = {}): JobInput {
  return {
    name: 'Rénovation cuisine',
    customer: { name: 'Mme Roux', address: '3 rue des Lilas, 74000 Annecy' },
    siteAddress: '',
    lot: 'Lot 05 – Électricité',
    checklists: ['electrical', 'common'],
    startDate: '2026-11-02',
    endDate: '',
    ...overrides,
  };
}

const seeds = [
  { checklistItemId: 'consuel', required: true },
  { checklistItemId: 'manuals', required: true },
  { checklistItemId: 'diuo', required: false },
];

describe('jobs', () => {
  it('creates a job in progress with its items in order, all still to provide', async () => {
    const job = await createJob(input(), seeds);
    expect(await getJob(job.id)).toEqual(job);
    expect(job.status).toBe('in-progress');
    const items = await listItems(job.id);
    expect(items.map((item) => [item.checklistItemId, item.order, item.status])).toEqual([
      ['consuel', 0, 'missing'],
      ['manuals', 1, 'missing'],
      ['diuo', 2, 'missing'],
    ]);
    expect(items.map((item) => item.required)).toEqual([true, true, false]);
  });

  it('finds jobs by any word of their name, customer, addresses or lot, accents ignored', async () => {
    const kitchen = await createJob(input(), []);
    const roof = await createJob(
      input({ name: 'Toiture grange', customer: { name: 'M. Blanc', address: '' } }),
      [],
    );
    expect((await listJobs('roux cuisine')).map((job) => job.id)).toEqual([kitchen.id]);
    expect((await listJobs('ELECTRICITE')).map((job) => job.id)).toEqual([roof.id, kitchen.id]);
    expect((await listJobs('grange')).map((job) => job.id)).toEqual([roof.id]);
    expect((await listJobs('')).map((job) => job.id)).toEqual([roof.id, kitchen.id]);
  });

  it('shows on Home only the jobs whose DOE is not handed over, latest change first', async () => {
    const a = await createJob(input({ name: 'A' }), []);
    const b = await createJob(input({ name: 'B' }), []);
    const c = await createJob(input({ name: 'C' }), []);
    await updateJob(b.id, { status: 'handed-over' });
    await updateJob(a.id, { status: 'finished' });
    expect((await listOpenJobs()).map((job) => job.name)).toEqual(['A', 'C']);
    expect((await listOpenJobs(1)).map((job) => job.id)).toEqual([a.id]);
    expect(c.status).toBe('in-progress');
  });

  it('deletes a job with its items and frees its photos, leaving other jobs alone', async () => {
    const job = await createJob(input(), seeds);
    const other = await createJob(input({ name: 'Autre' }), seeds);
    const [item] = await listItems(job.id);
    const [otherItem] = await listItems(other.id);
    const photo = (jobId: string, itemId: string) =>
      addAttachment({
        jobId,
        itemId,
        kind: 'photo',
        name: 'p.jpg',
        type: 'image/jpeg',
        blob: new Blob([new Uint8Array(1000)], { type: 'image/jpeg' }),
      });
    await photo(job.id, item!.id);
    await photo(job.id, item!.id);
    await photo(other.id, otherItem!.id);
    await deleteJob(job.id);
    expect(await getJob(job.id)).toBeUndefined();
    expect(await db.doeItems.where('jobId').equals(job.id).count()).toBe(0);
    expect(await db.attachments.where('jobId').equals(job.id).count()).toBe(0);
    expect(await listAttachments(other.id)).toHaveLength(1);
    expect(await listItems(other.id)).toHaveLength(3);
  });
});

describe("a job's customer", () => {
  it('links a stored customer and keeps a copy of its name and address', async () => {
    const roux = await createCustomer({ name: 'Mme Roux', address: '3 rue des Lilas' });
    const job = await createJob(
      input({ customer: { id: roux.id, name: 'typed before', address: '' } }),
      [],
    );
    expect(job.customer).toEqual({ id: roux.id, name: 'Mme Roux', address: '3 rue des Lilas' });
    expect((await db.jobs.get(job.id))?.customer).toEqual(job.customer);
  });

  it('shows the customer as it is now: read, listed, searched and on Home', async () => {
    const roux = await createCustomer({ name: 'Mme Roux', address: '3 rue des Lilas' });
    const job = await createJob(input({ customer: { id: roux.id, name: '', address: '' } }), []);
    await updateCustomer(roux.id, { name: 'Mme Roux-Martin', address: '8 quai Vert' });
    const now = { id: roux.id, name: 'Mme Roux-Martin', address: '8 quai Vert' };
    expect((await getJob(job.id))?.customer).toEqual(now);
    expect((await listOpenJobs())[0]?.customer).toEqual(now);
    expect((await listJobs('martin quai')).map((found) => found.id)).toEqual([job.id]);
    // The stored copy follows at the next save of the job.
    expect((await db.jobs.get(job.id))?.customer.name).toBe('Mme Roux');
    await updateJob(job.id, { lot: 'Lot 06' });
    expect((await db.jobs.get(job.id))?.customer).toEqual(now);
  });

  it('shows the copy when the linked customer is gone, and a typed customer as typed', async () => {
    const roux = await createCustomer({ name: 'Mme Roux', address: '3 rue des Lilas' });
    const linked = await createJob(input({ customer: { id: roux.id, name: '', address: '' } }), []);
    const typed = await createJob(input({ customer: { name: 'M. Blanc', address: 'Annecy' } }), []);
    await db.customers.delete(roux.id);
    await updateJob(linked.id, { status: 'finished' });
    expect((await getJob(linked.id))?.customer).toEqual({
      id: roux.id,
      name: 'Mme Roux',
      address: '3 rue des Lilas',
    });
    expect((await listJobs('lilas')).map((found) => found.id)).toEqual([linked.id]);
    expect((await getJob(typed.id))?.customer).toEqual({ name: 'M. Blanc', address: 'Annecy' });
  });

  it('links an old typed job to a customer, or unlinks it, when saved', async () => {
    const typed = await createJob(input({ customer: { name: 'M. Blanc', address: '' } }), []);
    const blanc = await createCustomer({ name: 'M. Blanc', address: '2 route de Thônes' });
    await updateJob(typed.id, { customer: { id: blanc.id, name: 'M. Blanc', address: '' } });
    expect((await db.jobs.get(typed.id))?.customer).toEqual({
      id: blanc.id,
      name: 'M. Blanc',
      address: '2 route de Thônes',
    });
    await updateJob(typed.id, { customer: { name: '', address: '' } });
    expect((await getJob(typed.id))?.customer).toEqual({ name: '', address: '' });
  });
});

describe('DOE items', () => {
  it('changes status, note, wording and required flag, and marks the job updated', async () => {
    const job = await createJob(input(), seeds);
    const [consuel] = await listItems(job.id);
    const before = (await getJob(job.id))!.updatedAt;
    await setItemStatus(consuel!.id, 'received');
    await setItemNote(consuel!.id, 'Attestation jaune, n° 123');
    await renameItem(consuel!.id, 'Consuel (logement)');
    await setItemRequired(consuel!.id, false);
    const [saved] = await listItems(job.id);
    expect(saved).toMatchObject({
      status: 'received',
      note: 'Attestation jaune, n° 123',
      label: 'Consuel (logement)',
      required: false,
      checklistItemId: 'consuel',
    });
    expect((await getJob(job.id))!.updatedAt).toBeGreaterThan(before);
  });

  it('adds typed items at the end and moves any item to any place', async () => {
    const job = await createJob(input(), seeds);
    const added = await addItem(job.id, 'Photos du tableau', true);
    expect(added).toMatchObject({ order: 3, label: 'Photos du tableau', status: 'missing' });
    expect(added.checklistItemId).toBeUndefined();
    await moveItem(added.id, 0);
    const names = async () =>
      (await listItems(job.id)).map((item) => item.label ?? item.checklistItemId);
    expect(await names()).toEqual(['Photos du tableau', 'consuel', 'manuals', 'diuo']);
    const manuals = (await listItems(job.id))[2]!;
    await moveItem(manuals.id, 99);
    expect(await names()).toEqual(['Photos du tableau', 'consuel', 'diuo', 'manuals']);
    expect((await listItems(job.id)).map((item) => item.order)).toEqual([0, 1, 2, 3]);
  });

  it('removes an item with its photos until the removal is undone', async () => {
    const job = await createJob(input(), seeds);
    const [consuel, manuals] = await listItems(job.id);
    await addAttachment({
      jobId: job.id,
      itemId: consuel!.id,
      kind: 'photo',
      name: 'a.jpg',
      type: 'image/jpeg',
      blob: new Blob(['x']),
    });
    await removeItem(consuel!.id);
    expect((await listItems(job.id)).map((item) => item.id)).toEqual([
      manuals!.id,
      expect.any(String),
    ]);
    expect(await listAttachments(job.id)).toEqual([]);
    await restoreItem(consuel!.id);
    expect((await listItems(job.id))[0]?.id).toBe(consuel!.id);
    expect(await listAttachments(job.id)).toHaveLength(1);
    // Adding after a removal never reuses a place.
    await removeItem(manuals!.id);
    const added = await addItem(job.id, 'Nouveau', false);
    expect(added.order).toBe(3);
  });

  it('ignores changes to an item that no longer exists', async () => {
    expect(await setItemStatus('nope', 'received')).toBeUndefined();
    await expect(moveItem('nope', 1)).resolves.toBeUndefined();
    await expect(restoreItem('nope')).resolves.toBeUndefined();
  });
});

describe('adding a checklist to a job', () => {
  it('appends only the items the job lacks and records the checklist', async () => {
    const job = await createJob(input({ checklists: ['electrical'] }), seeds);
    const added = await appendChecklist(job.id, 'common', [
      { checklistItemId: 'manuals', required: true },
      { checklistItemId: 'as-built-plans', required: true },
    ]);
    expect(added).toBe(1);
    const items = await listItems(job.id);
    expect(items.map((item) => [item.checklistItemId, item.order])).toEqual([
      ['consuel', 0],
      ['manuals', 1],
      ['diuo', 2],
      ['as-built-plans', 3],
    ]);
    expect((await getJob(job.id))?.checklists).toEqual(['electrical', 'common']);
    expect(await appendChecklist('nope', 'common', [])).toBe(0);
  });

  it('counts required items settled per job', async () => {
    const job = await createJob(input(), seeds);
    const [consuel, manuals, diuo] = await listItems(job.id);
    await setItemStatus(consuel!.id, 'received');
    await setItemStatus(diuo!.id, 'received');
    await removeItem(manuals!.id);
    const progress = await requiredProgress([job.id, 'other']);
    expect(progress.get(job.id)).toEqual({ required: 1, settled: 1 });
    expect(progress.get('other')).toEqual({ required: 0, settled: 0 });
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addAttachment, attachmentUsage } from '../../db/attachments';
import { db } from '../../db/database';
import { listItems } from '../../db/doeItems';
import { createJob } from '../../db/jobs';
import { initI18n, loadNamespace } from '../../i18n';
import { dismissToast, screenChanged, toast, undoToast } from '../../ui/Toast';
import { changeStatus, removeWithUndo } from './itemActions';

// The DOE's item actions against the real database (fake-indexeddb): what the toast says and
// offers, and what a removal leaves on the device.

let jobId: string;

beforeEach(async () => {
  await initI18n('fr');
  await loadNamespace('fr', 'doe');
  await Promise.all(db.tables.map((table) => table.clear()));
  const job = await createJob(
    {
      name: 'Cuisine Roux',
      customer: { name: '', address: '' },
      siteAddress: '',
      lot: '',
      checklists: ['common'],
      startDate: '',
      endDate: '',
    },
    [{ checklistItemId: 'as-built-plans', required: true }],
  );
  jobId = job.id;
});

afterEach(() => {
  dismissToast();
  vi.restoreAllMocks();
});

/** The job's one item, with a photo attached. */
async function itemWithPhoto() {
  const [item] = await listItems(jobId);
  if (!item) throw new Error('The job has an item');
  const blob = new Blob(['jpeg']);
  await addAttachment({
    jobId,
    itemId: item.id,
    kind: 'photo',
    name: 'a.jpg',
    type: 'image/jpeg',
    blob,
  });
  return item;
}

describe('removing a DOE item', () => {
  it('offers an undo on the job’s screen that brings it back with its photo', async () => {
    const item = await itemWithPhoto();
    expect(await removeWithUndo(item, 'Plans')).toBe(true);
    expect(await listItems(jobId)).toEqual([]);
    screenChanged(`/doe/${jobId}`);
    expect(toast()?.message()).toMatch(/^«\sPlans\s» retiré du DOE\.$/);
    await undoToast();
    expect((await listItems(jobId)).map((entry) => entry.id)).toEqual([item.id]);
    expect((await attachmentUsage()).photos).toBe(1);
  });

  it('frees its photos once the undo is no longer offered', async () => {
    const item = await itemWithPhoto();
    await removeWithUndo(item, 'Plans');
    screenChanged('/');
    await vi.waitFor(async () => expect((await attachmentUsage()).photos).toBe(0));
  });

  it('says in the toast when the device refuses the write, and nothing is lost', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const item = await itemWithPhoto();
    vi.spyOn(db.doeItems, 'put').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    expect(await changeStatus(item.id, 'received')).toBeNull();
    expect(toast()).toMatchObject({ error: true });
    expect(toast()?.message()).toContain("Rien de ce qui était enregistré n'est perdu.");
    expect((await listItems(jobId))[0]?.status).toBe('missing');
  });
});

// @vitest-environment node
// Node's Blob, not jsdom's: fake-indexeddb clones values with Node's structuredClone, which
// turns a jsdom Blob into an empty object (its bytes silently lost) but keeps a Node Blob whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock';
import {
  addAttachment,
  attachmentUsage,
  deleteAttachment,
  getAttachment,
  listAttachments,
  type NewAttachment,
  purgeDeleted,
  restoreAttachment,
  setCaption,
} from './attachments';
import { db } from './database';
import { listItems, removeItem } from './doeItems';
import { createJob } from './jobs';

let clock = 1_000;
let restoreClock: () => void;
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  clock = 1_000;
  restoreClock = setClock(() => clock++);
});
afterEach(() => restoreClock());

async function jobWithItems() {
  const job = await createJob(
    {
      name: 'Salle de bains',
      customer: { name: 'M. Blanc', address: '' },
      siteAddress: '',
      lot: '',
      checklists: ['common'],
      startDate: '',
      endDate: '',
    },
    [
      { checklistItemId: 'hidden-work-photos', required: true },
      { checklistItemId: 'manuals', required: true },
    ],
  );
  const [photos, manuals] = await listItems(job.id);
  return { job, photos: photos!, manuals: manuals! };
}

const bytes = (length: number, fill = 7) => new Uint8Array(length).fill(fill);

function photo(jobId: string, itemId: string, size = 2000): NewAttachment {
  return {
    jobId,
    itemId,
    kind: 'photo',
    name: 'photo.jpg',
    type: 'image/jpeg',
    blob: new Blob([bytes(size)], { type: 'image/jpeg' }),
    thumb: new Blob([bytes(100, 1)], { type: 'image/webp' }),
    width: 1600,
    height: 1200,
  };
}

describe('attachments', () => {
  it('keep the bytes and type of the photo and its thumbnail', async () => {
    const { job, photos } = await jobWithItems();
    const saved = await addAttachment(photo(job.id, photos.id, 3000));
    expect(saved).toMatchObject({ size: 3000, thumbSize: 100, caption: '', width: 1600 });
    const read = await getAttachment(saved.id);
    expect(read?.blob).toBeInstanceOf(Blob);
    expect(read?.blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await read!.blob.arrayBuffer())).toEqual(bytes(3000));
    expect(new Uint8Array(await read!.thumb!.arrayBuffer())).toEqual(bytes(100, 1));
  });

  it('keep a file as it was picked', async () => {
    const { job, manuals } = await jobWithItems();
    const pdf = new Blob(['%PDF-1.7 notice'], { type: 'application/pdf' });
    const saved = await addAttachment({
      jobId: job.id,
      itemId: manuals.id,
      kind: 'file',
      name: 'Notice VMC.pdf',
      type: pdf.type,
      blob: pdf,
    });
    expect(saved.thumb).toBeUndefined();
    const read = await getAttachment(saved.id);
    expect(await read?.blob.text()).toBe('%PDF-1.7 notice');
    expect(read?.name).toBe('Notice VMC.pdf');
  });

  it('list a job’s attachments oldest first, with their captions', async () => {
    const { job, photos, manuals } = await jobWithItems();
    const first = await addAttachment(photo(job.id, photos.id));
    const second = await addAttachment(photo(job.id, manuals.id));
    await setCaption(first.id, 'Gaines avant placo, mur nord');
    const listed = await listAttachments(job.id);
    expect(listed.map((entry) => entry.id)).toEqual([first.id, second.id]);
    expect(listed[0]?.caption).toBe('Gaines avant placo, mur nord');
  });

  it('hide a deleted photo until undone, and free it once purged', async () => {
    const { job, photos } = await jobWithItems();
    const kept = await addAttachment(photo(job.id, photos.id));
    const gone = await addAttachment(photo(job.id, photos.id));
    await deleteAttachment(gone.id);
    expect((await listAttachments(job.id)).map((entry) => entry.id)).toEqual([kept.id]);
    await restoreAttachment(gone.id);
    expect(await listAttachments(job.id)).toHaveLength(2);

    await deleteAttachment(gone.id);
    const deletedAt = (await getAttachment(gone.id))!.deletedAt!;
    // Within the undo time nothing is purged; afterwards the photo is gone for good.
    expect(await purgeDeleted(deletedAt - 1)).toBe(0);
    expect(await purgeDeleted(deletedAt)).toBe(1);
    expect(await getAttachment(gone.id)).toBeUndefined();
    expect(await getAttachment(kept.id)).toBeDefined();
  });

  it('purge the photos of a removed item with the item', async () => {
    const { job, photos, manuals } = await jobWithItems();
    await addAttachment(photo(job.id, photos.id));
    await addAttachment(photo(job.id, photos.id));
    const other = await addAttachment(photo(job.id, manuals.id));
    await removeItem(photos.id);
    expect(await purgeDeleted(clock)).toBe(2);
    expect(await db.doeItems.get(photos.id)).toBeUndefined();
    expect((await listAttachments(job.id)).map((entry) => entry.id)).toEqual([other.id]);
  });

  it('count the photos, files and bytes the DOE holds', async () => {
    expect(await attachmentUsage()).toEqual({ photos: 0, files: 0, bytes: 0 });
    const { job, photos, manuals } = await jobWithItems();
    await addAttachment(photo(job.id, photos.id, 2000));
    await addAttachment(photo(job.id, photos.id, 3000));
    await addAttachment({
      jobId: job.id,
      itemId: manuals.id,
      kind: 'file',
      name: 'n.pdf',
      type: 'application/pdf',
      blob: new Blob([bytes(500)]),
    });
    expect(await attachmentUsage()).toEqual({
      photos: 2,
      files: 1,
      bytes: 2000 + 3000 + 200 + 500,
    });
  });
});

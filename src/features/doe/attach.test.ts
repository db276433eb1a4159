// @vitest-environment node
// Node's Blob and File: fake-indexeddb keeps their bytes (jsdom's would be stored empty).
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAttachment, listAttachments } from '../../db/attachments';
import { db } from '../../db/database';
import { listItems } from '../../db/doeItems';
import { createJob } from '../../db/jobs';
import { FILE_MAX_BYTES, PHOTO_MAX_BYTES } from '../../domain/limits';
import { type AttachDeps, attachFile, attachPhoto, isQuotaError, photoName } from './attach';
import type { PhotoOutcome } from './photos/resize';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function target() {
  const job = await createJob(
    {
      name: 'Cuisine',
      customer: { name: 'Mme Roux', address: '' },
      siteAddress: '',
      lot: '',
      checklists: ['common'],
      startDate: '',
      endDate: '',
    },
    [{ checklistItemId: 'hidden-work-photos', required: true }],
  );
  const [item] = await listItems(job.id);
  return { jobId: job.id, itemId: item!.id };
}

/** The worker's stand-in: "resizes" to fixed bytes and counts its calls. */
function resizer(outcome?: PhotoOutcome) {
  const calls: Blob[] = [];
  const resize = async (file: Blob): Promise<PhotoOutcome> => {
    calls.push(file);
    return (
      outcome ?? {
        ok: true,
        photo: new Blob([new Uint8Array(900)], { type: 'image/jpeg' }),
        thumb: new Blob([new Uint8Array(90)], { type: 'image/webp' }),
        width: 1600,
        height: 1200,
      }
    );
  };
  return { resize, calls };
}

const real: Pick<AttachDeps, 'store'> = { store: addAttachment };
const jpeg = (name: string, size = 3000) =>
  new File([new Uint8Array(size)], name, { type: 'image/jpeg' });

describe('attachPhoto', () => {
  it('stores the resized photo and its thumbnail under a .jpg name', async () => {
    const to = await target();
    const { resize } = resizer();
    const result = await attachPhoto(jpeg('IMG_2041.HEIC.png'), to, { resize, ...real });
    expect(result).toMatchObject({ ok: true, name: 'IMG_2041.HEIC.png' });
    const [stored] = await listAttachments(to.jobId);
    expect(stored).toMatchObject({
      kind: 'photo',
      name: 'IMG_2041.HEIC.jpg',
      type: 'image/jpeg',
      size: 900,
      thumbSize: 90,
      width: 1600,
      height: 1200,
      itemId: to.itemId,
    });
  });

  it('refuses a photo over the limit before decoding it', async () => {
    const to = await target();
    const { resize, calls } = resizer();
    const big = jpeg('big.jpg', PHOTO_MAX_BYTES + 1);
    expect(await attachPhoto(big, to, { resize, ...real })).toEqual({
      ok: false,
      name: 'big.jpg',
      size: PHOTO_MAX_BYTES + 1,
      problem: 'too-large',
    });
    expect(calls).toHaveLength(0);
    expect(await listAttachments(to.jobId)).toEqual([]);
  });

  it.each(['not-image', 'unsupported', 'corrupt', 'failed'] as const)(
    'passes on the resizer’s %s problem and stores nothing',
    async (problem) => {
      const to = await target();
      const { resize } = resizer({ ok: false, problem });
      expect(await attachPhoto(jpeg('x.jpg'), to, { resize, ...real })).toMatchObject({
        ok: false,
        problem,
      });
      expect(await listAttachments(to.jobId)).toEqual([]);
    },
  );

  it('turns a full storage into a problem and keeps what was already saved', async () => {
    const to = await target();
    const { resize } = resizer();
    await attachPhoto(jpeg('first.jpg'), to, { resize, ...real });
    const full: AttachDeps['store'] = async () => {
      // As Dexie reports it: the transaction aborted, the quota error inside.
      throw new Dexie.AbortError(
        'Transaction aborted',
        new DOMException('full', 'QuotaExceededError'),
      );
    };
    expect(await attachPhoto(jpeg('second.jpg'), to, { resize, store: full })).toMatchObject({
      ok: false,
      name: 'second.jpg',
      problem: 'quota',
    });
    expect((await listAttachments(to.jobId)).map((entry) => entry.name)).toEqual(['first.jpg']);
  });

  it('lets any other write failure through (it is a bug, not bad input)', async () => {
    const to = await target();
    const { resize } = resizer();
    const broken: AttachDeps['store'] = async () => {
      throw new TypeError('boom');
    };
    await expect(attachPhoto(jpeg('a.jpg'), to, { resize, store: broken })).rejects.toThrow('boom');
  });
});

describe('attachFile', () => {
  it('stores a file as it is', async () => {
    const to = await target();
    const pdf = new File(['%PDF-1.7 notice'], 'Notice VMC.pdf', { type: 'application/pdf' });
    const result = await attachFile(pdf, to, { ...resizer(), ...real });
    expect(result.ok).toBe(true);
    const [stored] = await listAttachments(to.jobId);
    expect(stored).toMatchObject({ kind: 'file', name: 'Notice VMC.pdf', type: 'application/pdf' });
    expect(await stored?.blob.text()).toBe('%PDF-1.7 notice');
  });

  it('refuses a file over the limit', async () => {
    const to = await target();
    const big = new File([new Uint8Array(FILE_MAX_BYTES + 1)], 'plans.pdf');
    expect(await attachFile(big, to, { ...resizer(), ...real })).toMatchObject({
      ok: false,
      problem: 'file-too-large',
    });
    expect(await listAttachments(to.jobId)).toEqual([]);
  });
});

describe('helpers', () => {
  it('recognise a quota error however it is wrapped', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Error('x', { cause: { name: 'QuotaExceededError' } }))).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('name a photo after the picked file', () => {
    expect(photoName('IMG_2041.HEIC')).toBe('IMG_2041.jpg');
    expect(photoName('tableau')).toBe('tableau.jpg');
    expect(photoName('.jpg')).toBe('photo.jpg');
  });
});

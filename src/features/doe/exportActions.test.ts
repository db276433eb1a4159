import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import type { AttachmentRecord } from '../../db/schema';
import { ENTRY_MINUTES } from '../../domain/limits';
import {
  DOE_BASELINE_MINUTES,
  doeTimeEntry,
  logDoeMinutes,
  unreadableAttachments,
} from './exportActions';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('time saved by a DOE', () => {
  it('is logged once per job, in the "doe" category, and queued without any name', async () => {
    expect(DOE_BASELINE_MINUTES).toBeGreaterThanOrEqual(ENTRY_MINUTES.min);
    expect(DOE_BASELINE_MINUTES).toBeLessThanOrEqual(ENTRY_MINUTES.max);
    const first = await logDoeMinutes('job-1', 75);
    const again = await logDoeMinutes('job-1', 30);
    expect(first?.created).toBe(true);
    expect(again).toEqual({ entry: first?.entry, created: false });
    expect(await doeTimeEntry('job-2')).toBeNull();
    expect(await doeTimeEntry('job-1')).toMatchObject({
      minutes: 75,
      category: 'doe',
      source: 'auto',
    });
    const events = await db.outbox.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'time_saved', minutes: 75, category: 'doe' });
    expect(events[0]).not.toHaveProperty('templateId');
    expect(JSON.stringify(events)).not.toContain('job-1');
  });
});

describe('unreadableAttachments', () => {
  const record = (id: string, blob: Blob, size = blob.size): AttachmentRecord => ({
    id,
    jobId: 'job',
    itemId: 'item',
    kind: 'photo',
    name: `${id}.jpg`,
    type: 'image/jpeg',
    size,
    blob,
    caption: '',
    createdAt: 0,
  });

  it('names the photos and files whose bytes are no longer what was stored', async () => {
    const good = record('good', new Blob([new Uint8Array(10)]));
    const shrunk = record('shrunk', new Blob([new Uint8Array(3)]), 10);
    const failing = record('failing', {
      size: 4,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }),
    } as unknown as Blob);
    const ids = (await unreadableAttachments([good, shrunk, failing])).map((entry) => entry.id);
    expect(ids).toEqual(['shrunk', 'failing']);
  });
});

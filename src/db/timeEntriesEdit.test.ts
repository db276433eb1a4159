import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimeCategory } from '../domain/categories';
import { setClock } from '../lib/clock';
import { db } from './database';
import type { TimeEntry } from './schema';
import {
  deleteEntry,
  listAllEntries,
  listEntriesPage,
  logMinutes,
  restoreEntry,
  updateEntry,
} from './timeEntries';

const NOW = Date.parse('2026-11-18T10:00:00+01:00');
let restoreClock: () => void = () => undefined;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  restoreClock = setClock(() => NOW);
});
afterEach(() => restoreClock());

const log = (occurredAt: number, category: TimeCategory = 'other', minutes = 5) =>
  logMinutes({ minutes, category, occurredAt });
const dates = (entries: TimeEntry[]) => entries.map((entry) => entry.occurredAt);

/** An auto entry with everything an entry can carry. */
const full = () =>
  logMinutes({
    minutes: 12,
    category: 'customer-relations',
    source: 'auto',
    templateId: 'review-thanks',
    documentId: 'doc-1',
    note: 'Mme Martin',
    occurredAt: NOW - 60_000,
  });

describe('the minutes guard', () => {
  it('refuses minutes that are not a whole number from 1 to 1440', async () => {
    for (const minutes of [0, -5, 1441, 2.5, Number.NaN]) {
      await expect(logMinutes({ minutes, category: 'quotes' })).rejects.toThrow(RangeError);
    }
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    await logMinutes({ minutes: 1, category: 'quotes' });
    await logMinutes({ minutes: 1440, category: 'quotes' });
    expect(await db.timeEntries.count()).toBe(2);
  });
});

describe('listAllEntries', () => {
  it('returns every entry, oldest first', async () => {
    for (const at of [300, 100, 200]) await log(at);
    expect(dates(await listAllEntries())).toEqual([100, 200, 300]);
  });
});

describe('listEntriesPage', () => {
  it('pages newest first with a `before` cursor, each entry once', async () => {
    for (const at of [500, 100, 700, 300, 200, 600, 400]) await log(at);
    const first = await listEntriesPage({ limit: 3 });
    expect(dates(first)).toEqual([700, 600, 500]);
    const second = await listEntriesPage({ before: 500, limit: 3 });
    expect(dates(second)).toEqual([400, 300, 200]);
    expect(dates(await listEntriesPage({ before: 200, limit: 3 }))).toEqual([100]);
    expect(await listEntriesPage({ before: 100, limit: 3 })).toEqual([]);
    expect(await listEntriesPage({ limit: 0 })).toEqual([]);
  });

  it('filters one category', async () => {
    for (const at of [100, 200, 300, 400, 500]) await log(at, at % 200 === 0 ? 'quotes' : 'doe');
    expect(dates(await listEntriesPage({ limit: 10, category: 'quotes' }))).toEqual([400, 200]);
    expect(dates(await listEntriesPage({ before: 500, limit: 2, category: 'doe' }))).toEqual([
      300, 100,
    ]);
  });

  it('keeps entries sharing the last date on the same page, so none is skipped', async () => {
    for (const at of [300, 200, 200, 200, 100]) await log(at);
    const first = await listEntriesPage({ limit: 2 });
    expect(dates(first)).toEqual([300, 200, 200, 200]);
    expect(dates(await listEntriesPage({ before: 200, limit: 2 }))).toEqual([100]);
  });
});

describe('updateEntry', () => {
  it('replaces the entry with a new one, keeping document, template and source', async () => {
    const old = await full();
    const updated = await updateEntry(old.id, { minutes: 20, category: 'quotes' });
    expect(updated.id).not.toBe(old.id);
    expect(updated).toStrictEqual({ ...old, id: updated.id, minutes: 20, category: 'quotes' });
    expect(await db.timeEntries.get(old.id)).toBeUndefined();
    expect(await listAllEntries()).toStrictEqual([updated]);
  });

  it('queues a retraction of the old event and an event for the new entry, without the note', async () => {
    const old = await full();
    await db.outbox.clear();
    const updated = await updateEntry(old.id, { note: 'M. Durand', occurredAt: NOW });
    expect(updated.note).toBe('M. Durand');
    const events = await db.outbox.toArray();
    expect(events).toHaveLength(2);
    expect(events.find((event) => event.type === 'retraction')).toMatchObject({
      retracts: old.id,
      queuedAt: NOW,
    });
    expect(events.find((event) => event.type === 'time_saved')).toStrictEqual({
      id: updated.id,
      type: 'time_saved',
      occurredAt: NOW,
      minutes: 12,
      category: 'customer-relations',
      templateId: 'review-thanks',
      queuedAt: NOW,
    });
    expect(JSON.stringify(events)).not.toMatch(/Durand|Martin|doc-1/);
  });

  it('removes the note when it is emptied, and changes nothing when nothing changes', async () => {
    const old = await full();
    expect(await updateEntry(old.id, { minutes: 12, note: 'Mme Martin' })).toStrictEqual(old);
    expect(await db.outbox.count()).toBe(1);
    const updated = await updateEntry(old.id, { note: '' });
    expect(updated).not.toHaveProperty('note');
  });

  it('refuses bad minutes or an unknown entry, leaving everything as it was', async () => {
    const old = await full();
    await expect(updateEntry(old.id, { minutes: 0 })).rejects.toThrow(RangeError);
    await expect(updateEntry(old.id, { minutes: 1441 })).rejects.toThrow(RangeError);
    await expect(updateEntry('missing', { minutes: 5 })).rejects.toThrow('No time entry');
    expect(await listAllEntries()).toStrictEqual([old]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('writes all or nothing: a failing outbox write keeps the old entry', async () => {
    const old = await full();
    const refuse = () => {
      throw new Error('outbox refused');
    };
    db.outbox.hook('creating', refuse);
    try {
      await expect(updateEntry(old.id, { minutes: 30 })).rejects.toThrow('outbox refused');
    } finally {
      db.outbox.hook('creating').unsubscribe(refuse);
    }
    expect(await listAllEntries()).toStrictEqual([old]);
  });
});

describe('deleteEntry and restoreEntry', () => {
  it('deletes with a retraction, and restores under a new id with a new event', async () => {
    const old = await full();
    const deleted = await deleteEntry(old.id);
    expect(deleted).toStrictEqual(old);
    expect(await db.timeEntries.count()).toBe(0);
    const retraction = (await db.outbox.toArray()).find((event) => event.type === 'retraction');
    expect(retraction).toMatchObject({ retracts: old.id, occurredAt: NOW, queuedAt: NOW });
    expect(retraction?.id).not.toBe(old.id);

    const restored = await restoreEntry(old);
    expect(restored.id).not.toBe(old.id);
    expect(restored).toStrictEqual({ ...old, id: restored.id });
    expect(await listAllEntries()).toStrictEqual([restored]);
    expect(await db.outbox.get(restored.id)).toMatchObject({ type: 'time_saved', minutes: 12 });
    expect(await db.outbox.count()).toBe(3);
  });

  it('deletes nothing unknown, and restores nothing that was never deleted', async () => {
    const entry = await log(100);
    expect(await deleteEntry('missing')).toBeUndefined();
    expect(await restoreEntry(entry)).toStrictEqual(entry);
    expect(await db.timeEntries.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock';
import { db } from './database';
import { addRating, deleteRating, listRatings, ratingForDocument } from './ratings';
import type { Rating } from './schema';

const NOW = Date.parse('2026-11-18T10:00:00+01:00');
let restoreClock: () => void = () => undefined;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  restoreClock = setClock(() => NOW);
});
afterEach(() => restoreClock());

describe('addRating', () => {
  it('stores the rating, stamped with the app clock, and its document', async () => {
    const rating = await addRating({ stars: 4, source: 'review', documentId: 'doc-1' });
    expect(rating).toStrictEqual({
      id: rating.id,
      occurredAt: NOW,
      stars: 4,
      source: 'review',
      documentId: 'doc-1',
    });
    expect(await db.ratings.get(rating.id)).toStrictEqual(rating);
  });

  it('queues a `rating` event with the stars and the date only', async () => {
    const rating = await addRating({ stars: 2, source: 'job', occurredAt: NOW - 1_000 });
    expect(await db.outbox.toArray()).toStrictEqual([
      { id: rating.id, type: 'rating', occurredAt: NOW - 1_000, stars: 2, queuedAt: NOW },
    ]);
    await addRating({ stars: 5, source: 'review', documentId: 'doc-secret' });
    expect(JSON.stringify(await db.outbox.toArray())).not.toMatch(/doc-secret|review|job/);
  });

  it('refuses anything but 1 to 5 whole stars, storing nothing', async () => {
    for (const stars of [0, 6, 2.5, -1, Number.NaN]) {
      await expect(addRating({ stars: stars as Rating['stars'], source: 'job' })).rejects.toThrow(
        RangeError,
      );
    }
    expect(await db.ratings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    await addRating({ stars: 1, source: 'job' });
    await addRating({ stars: 5, source: 'job' });
    expect(await db.ratings.count()).toBe(2);
  });

  it('writes both or neither: a failing outbox write leaves no rating behind', async () => {
    const refuse = () => {
      throw new Error('outbox refused');
    };
    db.outbox.hook('creating', refuse);
    try {
      await expect(addRating({ stars: 3, source: 'job' })).rejects.toThrow('outbox refused');
    } finally {
      db.outbox.hook('creating').unsubscribe(refuse);
    }
    expect(await db.ratings.count()).toBe(0);
  });
});

describe('ratingForDocument', () => {
  it('finds the rating recorded with a document, and only that one', async () => {
    await addRating({ stars: 3, source: 'job' });
    const rating = await addRating({ stars: 5, source: 'review', documentId: 'doc-1' });
    expect(await ratingForDocument('doc-1')).toStrictEqual(rating);
    expect(await ratingForDocument('doc-2')).toBeUndefined();
  });
});

describe('listRatings', () => {
  it('lists from `from` included to `to` excluded, oldest first, all when omitted', async () => {
    for (const occurredAt of [400, 100, 300, 200, 500]) {
      await addRating({ stars: 3, source: 'job', occurredAt });
    }
    const dates = (ratings: Rating[]) => ratings.map((rating) => rating.occurredAt);
    expect(dates(await listRatings(200, 500))).toEqual([200, 300, 400]);
    expect(dates(await listRatings())).toEqual([100, 200, 300, 400, 500]);
    expect(dates(await listRatings(300))).toEqual([300, 400, 500]);
    expect(dates(await listRatings(undefined, 300))).toEqual([100, 200]);
    expect(await listRatings(500, 100)).toEqual([]);
  });
});

describe('deleteRating', () => {
  it('deletes the rating and queues a retraction of its event', async () => {
    const rating = await addRating({ stars: 4, source: 'review', documentId: 'doc-1' });
    expect(await deleteRating(rating.id)).toStrictEqual(rating);
    expect(await db.ratings.count()).toBe(0);
    expect(await ratingForDocument('doc-1')).toBeUndefined();
    const events = await db.outbox.orderBy('queuedAt').toArray();
    expect(events).toHaveLength(2);
    const retraction = events.find((event) => event.type === 'retraction');
    expect(retraction).toStrictEqual({
      id: retraction?.id,
      type: 'retraction',
      occurredAt: NOW,
      retracts: rating.id,
      queuedAt: NOW,
    });
    expect(retraction?.id).not.toBe(rating.id);
  });

  it('returns undefined and queues nothing for an unknown rating', async () => {
    expect(await deleteRating('missing')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });
});

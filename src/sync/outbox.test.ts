import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/database';
import {
  discardParked,
  listParked,
  nextBatch,
  outboxCounts,
  park,
  removeSent,
  retryParked,
} from './outbox';
import { seedOutbox, testId } from './testing';

const NOW = Date.parse('2026-11-18T12:00:00+01:00');

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('outbox', () => {
  it('gives the oldest pending events first, leaving parked ones out', async () => {
    await seedOutbox(5);
    await park(new Map([[testId(1), 'minutes: too big']]), NOW);
    expect((await nextBatch(2)).map((event) => event.id)).toEqual([testId(2), testId(3)]);
    expect(await outboxCounts()).toEqual({ pending: 4, parked: 1 });
  });

  it('keeps a parked event with its reason, and can put it back in the queue', async () => {
    await seedOutbox(2);
    await park(new Map([[testId(2), 'stars: too big']]), NOW);
    expect(await listParked()).toEqual([
      expect.objectContaining({ id: testId(2), parkedAt: NOW, error: 'stars: too big' }),
    ]);
    await retryParked();
    expect(await outboxCounts()).toEqual({ pending: 2, parked: 0 });
    const event = await db.outbox.get(testId(2));
    expect(event && 'parkedAt' in event).toBe(false);
    expect(event && 'error' in event).toBe(false);
  });

  it('drops parked events for good, and only them', async () => {
    await seedOutbox(3);
    await park(new Map([[testId(3), 'x']]), NOW);
    await discardParked();
    expect(await outboxCounts()).toEqual({ pending: 2, parked: 0 });
  });

  it('forgets acknowledged events by id', async () => {
    await seedOutbox(3);
    await removeSent([testId(1), testId(3), testId(99)]);
    expect((await nextBatch(10)).map((event) => event.id)).toEqual([testId(2)]);
  });
});

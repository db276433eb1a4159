import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock';
import { db } from './database';
import { minutesInWeek } from './homeReads';
import type { TimeEntry } from './schema';
import { listBetween, logMinutes } from './timeEntries';

// Instants carry their Europe/Paris offset; the suite runs with TZ=Europe/Paris.
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-11-18T10:00:00+01:00');

let restoreClock: () => void = () => {};

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  restoreClock = setClock(() => NOW);
});

afterEach(() => {
  restoreClock();
});

describe('logMinutes', () => {
  it('stores the entry, stamped with the app clock', async () => {
    const entry = await logMinutes({ minutes: 12, category: 'quotes' });
    expect(entry).toStrictEqual({
      id: entry.id,
      occurredAt: NOW,
      minutes: 12,
      category: 'quotes',
      source: 'manual',
    });
    expect(entry.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await db.timeEntries.get(entry.id)).toStrictEqual(entry);
  });

  it('keeps the note, template, document and source on the entry', async () => {
    const entry = await logMinutes({
      minutes: 8,
      category: 'customer-relations',
      source: 'auto',
      templateId: 'review-reply-thanks',
      documentId: 'doc-1',
      note: 'Réponse à Mme Martin, chantier rue Victor Hugo',
    });
    expect(await db.timeEntries.get(entry.id)).toStrictEqual({
      id: entry.id,
      occurredAt: NOW,
      minutes: 8,
      category: 'customer-relations',
      source: 'auto',
      templateId: 'review-reply-thanks',
      documentId: 'doc-1',
      note: 'Réponse à Mme Martin, chantier rue Victor Hugo',
    });
  });

  it('queues the matching indicator event, without the note or the document', async () => {
    const entry = await logMinutes({
      minutes: 8,
      category: 'customer-relations',
      templateId: 'review-reply-thanks',
      documentId: 'doc-1',
      note: 'Réponse à Mme Martin, chantier rue Victor Hugo',
    });
    const events = await db.outbox.toArray();
    expect(events).toStrictEqual([
      {
        id: entry.id,
        type: 'time_saved',
        occurredAt: NOW,
        minutes: 8,
        category: 'customer-relations',
        templateId: 'review-reply-thanks',
        queuedAt: NOW,
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('Martin');
  });

  it('dates the entry when it happened and the event when it was queued', async () => {
    const yesterday = NOW - 24 * 3_600_000;
    const entry = await logMinutes({ minutes: 5, category: 'other', occurredAt: yesterday });
    expect(entry.occurredAt).toBe(yesterday);
    expect(await db.outbox.get(entry.id)).toMatchObject({ occurredAt: yesterday, queuedAt: NOW });
  });

  it('writes both or neither: a failing outbox write leaves no entry behind', async () => {
    const refuse = () => {
      throw new Error('outbox refused');
    };
    db.outbox.hook('creating', refuse);
    try {
      await expect(logMinutes({ minutes: 10, category: 'planning' })).rejects.toThrow(
        'outbox refused',
      );
    } finally {
      db.outbox.hook('creating').unsubscribe(refuse);
    }
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('gives each entry its own id', async () => {
    const entries = await Promise.all(
      Array.from({ length: 20 }, () => logMinutes({ minutes: 1, category: 'doe' })),
    );
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(20);
    expect(await db.timeEntries.count()).toBe(20);
    expect(await db.outbox.count()).toBe(20);
  });
});

describe('listBetween', () => {
  it('returns entries from `from` included to `to` excluded, oldest first', async () => {
    for (const occurredAt of [400, 100, 300, 200, 500]) {
      await logMinutes({ minutes: occurredAt / 100, category: 'other', occurredAt });
    }
    const entries: TimeEntry[] = await listBetween(200, 500);
    expect(entries.map((entry) => entry.occurredAt)).toEqual([200, 300, 400]);
  });
});

describe('minutesInWeek', () => {
  const log = (iso: string, minutes: number) =>
    logMinutes({ minutes, category: 'communication', occurredAt: at(iso) });

  it('is zero for a week with nothing logged', async () => {
    await log('2026-11-10T10:00:00+01:00', 30); // the week before NOW's
    expect(await minutesInWeek(NOW)).toBe(0);
    expect(await minutesInWeek(at('2026-12-02T10:00:00+01:00'))).toBe(0);
  });

  it('sums only the ISO week holding the instant, Monday 00:00 to Sunday 23:59', async () => {
    await log('2026-11-15T23:59:00+01:00', 1); // Sunday before: previous week
    await log('2026-11-16T00:00:00+01:00', 10); // Monday 00:00: this week
    await log('2026-11-18T09:00:00+01:00', 20);
    await log('2026-11-22T23:59:00+01:00', 40); // Sunday 23:59: this week
    await log('2026-11-23T00:00:00+01:00', 100); // next Monday 00:00: next week
    expect(await minutesInWeek(NOW)).toBe(70);
    expect(await minutesInWeek(at('2026-11-22T23:59:59+01:00'))).toBe(70);
    expect(await minutesInWeek(at('2026-11-15T12:00:00+01:00'))).toBe(1);
    expect(await minutesInWeek(at('2026-11-23T00:00:00+01:00'))).toBe(100);
  });

  it('counts the whole of a week that changes to summer time', async () => {
    await log('2026-03-23T00:00:00+01:00', 5); // Monday, winter time
    await log('2026-03-29T01:30:00+01:00', 6); // Sunday before the change
    await log('2026-03-29T23:30:00+02:00', 7); // Sunday after the change
    await log('2026-03-30T00:00:00+02:00', 1000); // next Monday, summer time
    expect(await minutesInWeek(at('2026-03-25T12:00:00+01:00'))).toBe(18);
    expect(await minutesInWeek(at('2026-03-30T08:00:00+02:00'))).toBe(1000);
  });

  it('counts the whole of a week that changes to winter time', async () => {
    await log('2026-10-19T00:00:00+02:00', 5); // Monday, summer time
    await log('2026-10-25T02:30:00+02:00', 6); // the repeated hour, first time
    await log('2026-10-25T02:30:00+01:00', 7); // the repeated hour, second time
    await log('2026-10-25T23:59:00+01:00', 8); // Sunday 23:59, winter time
    await log('2026-10-26T00:00:00+01:00', 1000); // next Monday
    expect(await minutesInWeek(at('2026-10-21T12:00:00+02:00'))).toBe(26);
  });
});

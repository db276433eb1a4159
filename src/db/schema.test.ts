import Dexie from 'dexie';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { TIME_CATEGORIES } from '../domain/categories';
import type { EventType } from '../domain/sync';
import { EtabliDB, type OutboxEvent, SCHEMA_VERSIONS } from './schema';

// Version 1 as it shipped. Devices hold databases created by it, so it must never change:
// a new schema is a new version appended to SCHEMA_VERSIONS.
const VERSION_1 = {
  documents: 'id, kind, status, updatedAt, [status+updatedAt]',
  timeEntries: 'id, occurredAt, category, documentId',
  ratings: 'id, occurredAt',
  outbox: 'id, queuedAt',
  meta: 'key',
};

const opened: Dexie[] = [];
/** Tracks a database so it is closed and deleted after the test. */
function track<T extends Dexie>(database: T): T {
  opened.push(database);
  return database;
}

afterEach(async () => {
  const databases = opened.splice(0);
  for (const database of databases) database.close();
  for (const name of new Set(databases.map((database) => database.name))) {
    await Dexie.delete(name);
  }
});

describe('SCHEMA_VERSIONS', () => {
  it('keeps version 1 exactly as it shipped', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: VERSION_1 });
  });

  it('lists whole-number versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map(({ version }) => version);
    expect(versions.every(Number.isInteger)).toBe(true);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe('TIME_CATEGORIES', () => {
  it('lists each category once', () => {
    expect(new Set(TIME_CATEGORIES).size).toBe(TIME_CATEGORIES.length);
  });

  it('queues exactly the event types the protocol knows', () => {
    // Checked by tsc: an outbox row is one of the protocol's events plus queue fields.
    expectTypeOf<OutboxEvent['type']>().toEqualTypeOf<EventType>();
  });
});

describe('EtabliDB', () => {
  it('is named etabli by default', () => {
    expect(new EtabliDB().name).toBe('etabli');
  });

  it('declares the tables and indexes of the latest version', async () => {
    const database = track(new EtabliDB('schema-latest'));
    await database.open();
    const latest = SCHEMA_VERSIONS.at(-1);
    expect(database.verno).toBe(latest?.version);
    expect(database.tables.map((table) => table.name).sort()).toEqual(
      Object.keys(latest?.stores ?? {}).sort(),
    );
    expect(database.documents.schema.primKey.name).toBe('id');
    expect(database.meta.schema.primKey.name).toBe('key');
    expect(database.documents.schema.indexes.map((index) => index.name)).toContain(
      '[status+updatedAt]',
    );
  });

  it('opens a database created by version 1 and keeps its data', async () => {
    const old = track(new Dexie('schema-from-v1'));
    old.version(1).stores(VERSION_1);
    await old.table('documents').bulkAdd([
      {
        id: 'doc-1',
        kind: 'quote',
        templateId: 'quote-basic',
        answers: {},
        body: 'Devis',
        status: 'draft',
        createdAt: 1,
        updatedAt: 10,
      },
      {
        id: 'doc-2',
        kind: 'doe',
        templateId: 'doe-basic',
        answers: {},
        body: 'DOE',
        status: 'validated',
        createdAt: 2,
        updatedAt: 20,
      },
    ]);
    await old.table('timeEntries').add({
      id: 'time-1',
      occurredAt: 5,
      minutes: 12,
      category: 'quotes',
      source: 'manual',
    });
    await old.table('meta').put({ key: 'settings', value: { language: 'en' } });
    old.close();

    const database = track(new EtabliDB('schema-from-v1'));
    await database.open();
    expect(database.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await database.documents.count()).toBe(2);
    const drafts = await database.documents
      .where('[status+updatedAt]')
      .between(['draft', -Infinity], ['draft', Infinity])
      .toArray();
    expect(drafts.map((draft) => draft.id)).toEqual(['doc-1']);
    expect(await database.timeEntries.where('category').equals('quotes').count()).toBe(1);
    expect(await database.meta.get('settings')).toEqual({
      key: 'settings',
      value: { language: 'en' },
    });
  });
});

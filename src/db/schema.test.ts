// @vitest-environment node
// Node's Blob, not jsdom's: fixtures hold photos, and fake-indexeddb clones with Node's
// structuredClone, which keeps a Node Blob whole but empties a jsdom one.
import Dexie from 'dexie';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { TIME_CATEGORIES } from '../domain/categories';
import type { EventType } from '../domain/sync';
import { FIXTURES, revive, writeFixture } from './fixtures/fixtures';
import { EtabliDB, type OutboxEvent, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

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

// Version 2 (quotes) as it shipped: the same promise.
const VERSION_2 = {
  ...VERSION_1,
  customers: 'id, updatedAt',
  catalogItems: 'id, section',
  quotes: 'id, rootId, status, updatedAt, number',
  numbering: 'id',
};

describe('SCHEMA_VERSIONS', () => {
  it('keeps version 1 exactly as it shipped', () => {
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: VERSION_1 });
  });

  it('keeps version 2 exactly as it shipped', () => {
    expect(SCHEMA_VERSIONS[1]).toEqual({ version: 2, stores: VERSION_2 });
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

  it('opens a database written by version 1 (fixture) and keeps every row', async () => {
    const fixture = FIXTURES.get(1)!;
    await writeFixture('schema-from-v1', fixture);
    const database = track(new EtabliDB('schema-from-v1'));
    await database.open();
    expect(database.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await database.table(table).toArray(), table).toEqual(
        expect.arrayContaining(rows.map((row) => expect.objectContaining(row))),
      );
      expect(await database.table(table).count(), table).toBe(rows.length);
    }
    const drafts = await database.documents
      .where('[status+updatedAt]')
      .between(['draft', -Infinity], ['draft', Infinity])
      .toArray();
    expect(drafts.map((draft) => draft.templateId)).toEqual(['social-before-after']);
  });
});

describe('version 2 (quotes)', () => {
  it('opens a version 1 database (fixture) with empty quote tables that take new rows', async () => {
    await writeFixture('schema-v1-to-v2', FIXTURES.get(1)!);
    const database = track(new EtabliDB('schema-v1-to-v2'));
    await database.open();
    expect(database.verno).toBeGreaterThanOrEqual(2);
    for (const table of ['customers', 'catalogItems', 'quotes', 'numbering']) {
      expect(await database.table(table).count(), table).toBe(0);
    }
    expect(await database.timeEntries.count()).toBe(2);
    expect((await database.meta.get('profile'))?.value).toMatchObject({
      trade: 'plasterer-painter',
    });
    await database.numbering.put({ id: '-2026', next: 2 });
    await database.customers.add({
      id: 'c',
      name: 'Élise Roux',
      address: '',
      siteAddress: '',
      phone: '',
      email: '',
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await database.customers.get('c')).toMatchObject({ name: 'Élise Roux' });
  });

  it('reads back the quotes a version 2 database holds (fixture), by status and by version', async () => {
    const fixture = FIXTURES.get(2)!;
    await writeFixture('schema-from-v2', fixture);
    const database = track(new EtabliDB('schema-from-v2'));
    await database.open();
    expect(
      (await database.quotes.where('status').equals('sent').toArray()).map((q) => q.number),
    ).toEqual(['D-2025-0001']);
    expect(
      await database.quotes.where('rootId').equals('0190f5a4-7c1e-7b3a-9f00-000000000062').count(),
    ).toBe(1);
    expect(await database.numbering.get('-2025')).toEqual({ id: '-2025', next: 2 });
  });
});

describe('version 3 (DOE)', () => {
  it('opens a database written by version 3 (fixture): jobs, items, photos and files whole', async () => {
    const fixture = FIXTURES.get(3)!;
    await writeFixture('schema-from-v3', fixture);
    const database = track(new EtabliDB('schema-from-v3'));
    await database.open();
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await database.table(table).count(), table).toBe(rows.length);
    }
    for (const row of fixture.tables.attachments ?? []) {
      const expected = revive(row);
      const stored = await database.attachments.get(String(row.id));
      const { blob, thumb, ...fields } = expected;
      expect(stored).toMatchObject(fields);
      for (const [name, value] of Object.entries({ blob, thumb })) {
        if (!(value instanceof Blob)) continue;
        const read = stored?.[name as 'blob' | 'thumb'];
        expect(read?.type, name).toBe(value.type);
        expect(new Uint8Array((await read?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
          new Uint8Array(await value.arrayBuffer()),
        );
      }
    }
    expect((await database.jobs.where('status').equals('in-progress').toArray()).length).toBe(1);
    expect(
      await database.doeItems.where('jobId').equals(String(fixture.tables.jobs?.[0]?.id)).count(),
    ).toBe(4);
  });
});

describe('upgrades', () => {
  it('has a fixture written by the previous version for every version that upgrades data', () => {
    const missing = SCHEMA_VERSIONS.filter(
      ({ version, upgrade }) => upgrade !== undefined && !FIXTURES.has(version - 1),
    );
    expect(missing.map(({ version }) => version)).toEqual([]);
  });

  it("runs a new version's upgrade once, in its transaction, over the previous version's data", async () => {
    const latest = SCHEMA_VERSIONS.at(-1)!;
    const runs: number[] = [];
    // A next version as the app will declare one: a new index, and data reshaped to use it.
    const next: SchemaVersion = {
      version: latest.version + 1,
      stores: { timeEntries: 'id, occurredAt, category, documentId, source' },
      upgrade: async (transaction) => {
        runs.push(Date.now());
        await transaction
          .table('timeEntries')
          .toCollection()
          .modify((entry: { note?: string }) => {
            entry.note = entry.note ?? '';
          });
      },
    };
    await writeFixture('schema-upgrade', FIXTURES.get(latest.version) ?? FIXTURES.get(1)!);
    const upgraded = track(new EtabliDB('schema-upgrade', [...SCHEMA_VERSIONS, next]));
    await upgraded.open();
    expect(upgraded.verno).toBe(next.version);
    expect(runs).toHaveLength(1);
    const entries = await upgraded.timeEntries.where('source').equals('manual').toArray();
    expect(entries.map((entry) => entry.note)).toEqual(['Devis cuisine']);
    expect((await upgraded.timeEntries.get('0190f5a4-7c1e-7b3a-9f00-000000000011'))?.note).toBe('');
    upgraded.close();

    // Opening again does not run it again.
    const reopened = track(new EtabliDB('schema-upgrade', [...SCHEMA_VERSIONS, next]));
    await reopened.open();
    expect(runs).toHaveLength(1);
  });

  it('leaves the old database untouched when an upgrade fails', async () => {
    const latest = SCHEMA_VERSIONS.at(-1)!;
    const failing: SchemaVersion = {
      version: latest.version + 1,
      stores: {},
      upgrade: async (transaction) => {
        await transaction.table('timeEntries').clear();
        throw new Error('upgrade failed half-way');
      },
    };
    await writeFixture('schema-failed-upgrade', FIXTURES.get(1)!);
    const failed = track(new EtabliDB('schema-failed-upgrade', [...SCHEMA_VERSIONS, failing]));
    await expect(failed.open()).rejects.toThrow();
    failed.close();
    const database = track(new EtabliDB('schema-failed-upgrade'));
    await database.open();
    expect(database.verno).toBe(latest.version);
    expect(await database.timeEntries.count()).toBe(2);
  });
});

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DatabaseEvent, db, onDatabaseEvent, watchDatabase } from './database';
import { EtabliDB, SCHEMA_VERSIONS } from './schema';

const latest = SCHEMA_VERSIONS.at(-1)!;
const cleanups: Array<() => void | Promise<void>> = [];

beforeEach(() => {
  // Dexie warns on the console about every upgrade and block these tests provoke.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  cleanups.push(() => warn.mockRestore());
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A watched EtabliDB under `name`, closed and deleted after the test. */
function watchedDatabase(name: string): EtabliDB {
  const database = new EtabliDB(name);
  watchDatabase(database);
  cleanups.push(async () => {
    database.close();
    await Dexie.delete(name);
  });
  return database;
}

/** Records the database events received until the end of the test. */
function recordEvents(): DatabaseEvent[] {
  const events: DatabaseEvent[] = [];
  cleanups.push(onDatabaseEvent((event) => events.push(event)));
  return events;
}

/** The next version of the schema, as a newer build in another tab would declare it. */
function newerBuild(name: string): Dexie {
  const newer = new Dexie(name);
  newer.version(latest.version + 1).stores({ ...latest.stores, notes: 'id' });
  cleanups.push(() => newer.close());
  return newer;
}

describe('db', () => {
  it('is the app database, on the latest schema', async () => {
    expect(db).toBeInstanceOf(EtabliDB);
    expect(db.name).toBe('etabli');
    await db.open();
    expect(db.verno).toBe(latest.version);
  });
});

describe('watchDatabase', () => {
  it('tells listeners when another tab opens a newer schema, and lets it upgrade', async () => {
    const first = watchedDatabase('vc-test');
    await first.meta.put({ key: 'profile', value: { name: 'Dupont' } });
    const events = recordEvents();

    const newer = newerBuild('vc-test');
    await newer.open();

    expect(events).toEqual(['versionchange']);
    expect(first.isOpen()).toBe(false);
    expect(newer.verno).toBe(latest.version + 1);
    expect(newer.tables.map((table) => table.name)).toContain('notes');
    // The data written by the older tab survives the upgrade.
    expect(await newer.table('meta').get('profile')).toEqual({
      key: 'profile',
      value: { name: 'Dupont' },
    });
  });

  it('keeps saving after closing for the newer tab, so pending saves can still flush', async () => {
    const first = watchedDatabase('reopen-test');
    await first.open();
    const newer = newerBuild('reopen-test');
    await newer.open();
    expect(first.isOpen()).toBe(false);

    await first.meta.put({ key: 'draft', value: 'typed just before the reload' });
    expect(await newer.table('meta').get('draft')).toEqual({
      key: 'draft',
      value: 'typed just before the reload',
    });
  });

  it('tells listeners when its own upgrade waits for another tab to close', async () => {
    const name = 'blocked-test';
    // An older tab holds the database open and ignores the request to close.
    const older = new Dexie(name);
    older.version(latest.version).stores(latest.stores);
    await older.open();
    older.on('versionchange', () => false);
    cleanups.push(() => older.close());

    const upgrading = watchedDatabase(name);
    upgrading.version(latest.version + 1).stores({ notes: 'id' });
    const events = recordEvents();

    const opening = upgrading.open();
    await vi.waitFor(() => expect(events).toEqual(['blocked']));
    expect(upgrading.isOpen()).toBe(false);

    older.close();
    await opening;
    expect(upgrading.verno).toBe(latest.version + 1);
  });

  it('stops calling a listener once it unsubscribed', async () => {
    const first = watchedDatabase('unsubscribe-test');
    await first.open();
    const listener = vi.fn<(event: DatabaseEvent) => void>();
    const unsubscribe = onDatabaseEvent(listener);
    const events = recordEvents();
    unsubscribe();

    await newerBuild('unsubscribe-test').open();

    expect(events).toEqual(['versionchange']);
    expect(listener).not.toHaveBeenCalled();
  });
});

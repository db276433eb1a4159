import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './database';
import { createDraft, putDocument } from './documents';
import { flushPendingSaves } from './pendingSaves';
import { emptyProfile } from './profile';
import { addRating } from './ratings';
import type { DocumentRecord, TimeEntry } from './schema';
import { deleteEntry, logMinutes } from './timeEntries';

// Every write of the data layer is awaited by `flushPendingSaves` (what an app update waits
// for), by construction. Each exported function of src/db is called here while another
// connection holds every table: a write stays in flight, so the flush must still be waiting; a
// read writes nothing, so the flush must be done. A new export fails the first test until it is
// listed below, with a sample call.

/** Every module of src/db (tests aside), loaded as the app loads them. */
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], {
  eager: true,
});

/** Fixtures made before each call: ids the sample calls refer to. */
interface Seed {
  draftId: string;
  validated: DocumentRecord;
  ratingId: string;
  entryId: string;
  /** A document and an entry already deleted, for the undo functions. */
  deletedDocument: DocumentRecord;
  deletedEntry: TimeEntry;
}

type Call = (seed: Seed) => Promise<unknown>;

const WRITES: Record<string, Call> = {
  'documents.putDocument': ({ validated }) => putDocument({ ...validated, id: 'another' }),
  'documents.createDraft': () =>
    createDraft({ kind: 'review-reply', templateId: 'review-5-stars', answers: {} }),
  'documents.saveDraft': ({ draftId }) => call('documents.saveDraft', draftId, { body: 'Merci' }),
  'documents.validateDocument': ({ draftId }) =>
    call('documents.validateDocument', draftId, 'Merci !', 'Léa'),
  'documents.duplicateDocument': ({ validated }) =>
    call('documents.duplicateDocument', validated.id),
  'documents.deleteDocument': ({ validated }) => call('documents.deleteDocument', validated.id),
  'documents.restoreDocument': ({ deletedDocument }) =>
    call('documents.restoreDocument', deletedDocument),
  'meta.writeMeta': () => call('meta.writeMeta', 'sample', 1),
  'meta.updateMeta': () => call('meta.updateMeta', 'sample', () => 2),
  'profile.saveProfile': () => call('profile.saveProfile', { ...emptyProfile(), name: 'Léa' }),
  'ratings.addRating': () => call('ratings.addRating', { stars: 4, source: 'job' }),
  'ratings.deleteRating': ({ ratingId }) => call('ratings.deleteRating', ratingId),
  'settings.updateSettings': () => call('settings.updateSettings', { theme: 'dark' }),
  'storage.requestPersistenceOnce': () => call('storage.requestPersistenceOnce'),
  'timeEntries.logMinutes': () =>
    call('timeEntries.logMinutes', { minutes: 5, category: 'communication' }),
  'timeEntries.logMinutesForDocument': ({ validated }) =>
    call('timeEntries.logMinutesForDocument', {
      documentId: validated.id,
      templateId: validated.templateId,
      minutes: 5,
      category: 'communication',
    }),
  'timeEntries.updateEntry': ({ entryId }) =>
    call('timeEntries.updateEntry', entryId, { minutes: 7 }),
  'timeEntries.deleteEntry': ({ entryId }) => call('timeEntries.deleteEntry', entryId),
  'timeEntries.restoreEntry': ({ deletedEntry }) => call('timeEntries.restoreEntry', deletedEntry),
};

const READS: Record<string, Call> = {
  'documents.listDrafts': () => call('documents.listDrafts'),
  'documents.latestDraftOf': () => call('documents.latestDraftOf', 'review-delay'),
  'documents.getDocument': ({ draftId }) => call('documents.getDocument', draftId),
  'documents.listHistory': () => call('documents.listHistory', 'merci'),
  'meta.readMeta': () => call('meta.readMeta', 'sample'),
  'profile.loadProfile': () => call('profile.loadProfile'),
  'ratings.ratingForDocument': ({ validated }) => call('ratings.ratingForDocument', validated.id),
  'ratings.listRatings': () => call('ratings.listRatings'),
  'settings.loadSettings': () => call('settings.loadSettings'),
  'timeEntries.listBetween': () => call('timeEntries.listBetween', 0, Date.now()),
  'timeEntries.minutesInWeek': () => call('timeEntries.minutesInWeek', Date.now()),
  'timeEntries.entryForDocument': ({ validated }) =>
    call('timeEntries.entryForDocument', validated.id),
  'timeEntries.listAllEntries': () => call('timeEntries.listAllEntries'),
  'timeEntries.listEntriesPage': () => call('timeEntries.listEntriesPage', { limit: 10 }),
  'usage.deviceInUse': () => call('usage.deviceInUse'),
};

/**
 * Exports that touch no table: helpers, the tracking itself, the schema, the browser's storage
 * estimate, and the settings hint (a copy in localStorage for the first paint).
 */
const NO_STORAGE = [
  'database.onDatabaseEvent',
  'documents.isTouched',
  'database.watchDatabase',
  'live.createLiveQuery',
  'pendingSaves.flushPendingSaves',
  'pendingSaves.trackSave',
  'profile.emptyProfile',
  'schema.EtabliDB',
  'settings.lastKnownSettings',
  'settingsHint.readSettingsHint',
  'settingsHint.writeSettingsHint',
  'storage.storageInfo',
];

/** Calls an exported function by its `module.name` (through the glob, so the test sees what the app exports). */
function call(name: string, ...args: unknown[]): Promise<unknown> {
  const [module = '', fn = ''] = name.split('.');
  const exported = modules[`./${module}.ts`]?.[fn];
  if (typeof exported !== 'function') throw new Error(`${name} is not an exported function`);
  return Promise.resolve(exported(...args));
}

/** Whether a promise has settled yet, read without waiting. */
function watch(promise: Promise<unknown>): () => 'pending' | 'resolved' | 'rejected' {
  let state: 'pending' | 'resolved' | 'rejected' = 'pending';
  promise.then(
    () => {
      state = 'resolved';
    },
    () => {
      state = 'rejected';
    },
  );
  return () => state;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds every table of the app's database in a read-write transaction of another connection
 * (plain IndexedDB: untracked), so that the app's own transactions wait. Resolves with the
 * function that lets them go.
 */
async function holdTables(): Promise<() => Promise<void>> {
  const connection = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = connection.transaction([...connection.objectStoreNames], 'readwrite');
  const done = new Promise<void>((resolve) => {
    transaction.oncomplete = () => resolve();
  });
  const store = transaction.objectStore('meta');
  let held = true;
  // A transaction stays open while it has requests: ask again until released.
  const spin = () => {
    if (held) store.get('held').onsuccess = spin;
  };
  spin();
  return async () => {
    held = false;
    await done;
    connection.close();
  };
}

let seed: Seed;

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  const draft = await createDraft({
    kind: 'review-reply',
    templateId: 'review-5-stars',
    answers: {},
  });
  const validated: DocumentRecord = {
    ...draft,
    id: 'validated',
    body: 'Merci pour votre avis',
    status: 'validated',
    validatedAt: 1,
  };
  await putDocument(validated);
  const rating = await addRating({ stars: 5, source: 'job' });
  const entry = await logMinutes({ minutes: 10, category: 'communication' });
  const deletedDocument = { ...validated, id: 'deleted' };
  const deletedEntry = await logMinutes({ minutes: 20, category: 'quotes' });
  await deleteEntry(deletedEntry.id);
  seed = {
    draftId: draft.id,
    validated,
    ratingId: rating.id,
    entryId: entry.id,
    deletedDocument,
    deletedEntry,
  };
  // requestPersistenceOnce writes only where the browser can persist storage (jsdom cannot).
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persist: async () => true },
  });
});

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'storage');
  await flushPendingSaves();
});

describe('the data layer', () => {
  it('lists every exported function as a write, a read, or storage-free', () => {
    const exported = Object.entries(modules).flatMap(([path, module]) =>
      Object.entries(module)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => `${path.replace(/^\.\/|\.ts$/g, '')}.${name}`),
    );
    const listed = [...Object.keys(WRITES), ...Object.keys(READS), ...NO_STORAGE];
    expect([...exported].sort()).toEqual([...listed].sort());
  });

  it.each(Object.keys(WRITES))('%s is awaited by flushPendingSaves', async (name) => {
    const prepare = WRITES[name];
    if (!prepare) throw new Error(name);
    const release = await holdTables();
    const write = watch(prepare(seed));
    const flush = flushPendingSaves();
    const flushed = watch(flush);
    try {
      await sleep(30);
      expect(write(), 'the write waits for the held tables').toBe('pending');
      expect(flushed(), 'the flush waits for the write').toBe('pending');
    } finally {
      await release();
    }
    await flush;
    await sleep(0);
    expect(write()).toBe('resolved');
  });

  it.each(Object.keys(READS))(
    '%s writes nothing (the flush does not wait for it)',
    async (name) => {
      const read = READS[name];
      if (!read) throw new Error(name);
      const release = await holdTables();
      const reading = read(seed);
      const flushed = watch(flushPendingSaves());
      try {
        await sleep(30);
        expect(flushed()).toBe('resolved');
      } finally {
        await release();
      }
      await reading;
    },
  );

  it('tracks a write made on the database directly (as src/sync does)', async () => {
    const release = await holdTables();
    const write = db.meta.put({ key: 'sync.sample', value: 1 });
    const flushed = watch(flushPendingSaves());
    try {
      await sleep(30);
      expect(flushed()).toBe('pending');
    } finally {
      await release();
    }
    await write;
    await vi.waitFor(() => expect(flushed()).toBe('resolved'));
  });

  it('makes the flush fail when a write in flight fails, so an update keeps the old version', async () => {
    const release = await holdTables();
    const failing = db
      .transaction('rw', db.meta, async () => {
        await db.meta.put({ key: 'half', value: 1 });
        throw new Error('disk full');
      })
      .catch(() => 'failed');
    const flush = flushPendingSaves();
    const flushed = watch(flush);
    try {
      await sleep(30);
      expect(flushed()).toBe('pending');
    } finally {
      await release();
    }
    await expect(flush).rejects.toBeDefined();
    expect(await failing).toBe('failed');
    expect(await db.meta.get('half')).toBeUndefined();
  });
});

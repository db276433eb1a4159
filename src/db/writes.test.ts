import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addAttachment, deleteAttachment } from './attachments';
import { db } from './database';
import { createDraft, putDocument } from './documents';
import { listItems, removeItem } from './doeItems';
import { createJob, type JobInput } from './jobs';
import { flushPendingSaves } from './pendingSaves';
import { emptyProfile } from './profile';
import { addRating } from './ratings';
import type { DocumentRecord, TimeEntry } from './schema';
import {
  QUOTE_NO_STORAGE,
  QUOTE_READS,
  QUOTE_WRITES,
  type QuoteSeed,
  type Samples,
  seedQuotes,
} from './testing/quoteCalls';
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
  /** A job with two DOE items, a file on the first, and a removed item and file. */
  jobId: string;
  itemId: string;
  attachmentId: string;
  removedItemId: string;
  deletedAttachmentId: string;
  /** Quotes, library items and a customer (testing/quoteCalls.ts). */
  quotes: QuoteSeed;
}

/** A job as the artisan types it. */
const JOB: JobInput = {
  name: 'Cuisine Roux',
  customer: { name: 'M. Roux', address: '' },
  siteAddress: '',
  lot: 'Électricité',
  checklists: ['common'],
  startDate: '',
  endDate: '',
};

/** A file attached to a DOE item. */
const file = (jobId: string, itemId: string) => ({
  jobId,
  itemId,
  kind: 'file' as const,
  name: 'consuel.pdf',
  type: 'application/pdf',
  blob: new Blob(['%PDF']),
});

type Call = (seed: Seed) => Promise<unknown>;

/** The quote tables' sample calls, as `module.function` calls on their part of the seed. */
function forQuotes(samples: Samples): Record<string, Call> {
  return Object.fromEntries(
    Object.entries(samples).flatMap(([module, functions]) =>
      Object.entries(functions).map(([fn, sample]) => {
        const name = `${module}.${fn}`;
        return [name, (seed: Seed) => sample(seed.quotes, (...args) => call(name, ...args))];
      }),
    ),
  );
}

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
  'jobs.createJob': () => call('jobs.createJob', JOB, [{ required: true }]),
  'jobs.updateJob': ({ jobId }) => call('jobs.updateJob', jobId, { status: 'finished' }),
  'jobs.touchJob': ({ jobId }) => call('jobs.touchJob', jobId),
  'jobs.deleteJob': ({ jobId }) => call('jobs.deleteJob', jobId),
  'doeItems.addItem': ({ jobId }) => call('doeItems.addItem', jobId, 'Attestation', true),
  'doeItems.renameItem': ({ itemId }) => call('doeItems.renameItem', itemId, 'Plans'),
  'doeItems.setItemStatus': ({ itemId }) => call('doeItems.setItemStatus', itemId, 'received'),
  'doeItems.setItemNote': ({ itemId }) => call('doeItems.setItemNote', itemId, 'Reçu le 4'),
  'doeItems.setItemRequired': ({ itemId }) => call('doeItems.setItemRequired', itemId, false),
  'doeItems.moveItem': ({ itemId }) => call('doeItems.moveItem', itemId, 1),
  'doeItems.removeItem': ({ itemId }) => call('doeItems.removeItem', itemId),
  'doeItems.restoreItem': ({ removedItemId }) => call('doeItems.restoreItem', removedItemId),
  'doeItems.appendChecklist': ({ jobId }) =>
    call('doeItems.appendChecklist', jobId, 'electricite', [{ required: false }]),
  'attachments.addAttachment': ({ jobId, itemId }) =>
    call('attachments.addAttachment', file(jobId, itemId)),
  'attachments.setCaption': ({ attachmentId }) =>
    call('attachments.setCaption', attachmentId, 'Tableau'),
  'attachments.deleteAttachment': ({ attachmentId }) =>
    call('attachments.deleteAttachment', attachmentId),
  'attachments.restoreAttachment': ({ deletedAttachmentId }) =>
    call('attachments.restoreAttachment', deletedAttachmentId),
  'attachments.purgeDeleted': () => call('attachments.purgeDeleted', Date.now()),
  ...forQuotes(QUOTE_WRITES),
};

const READS: Record<string, Call> = {
  'homeReads.listDrafts': () => call('homeReads.listDrafts'),
  'documents.latestDraftOf': () => call('documents.latestDraftOf', 'review-delay'),
  'documents.getDocument': ({ draftId }) => call('documents.getDocument', draftId),
  'documents.listHistory': () => call('documents.listHistory', 'merci'),
  'meta.readMeta': () => call('meta.readMeta', 'sample'),
  'profile.loadProfile': () => call('profile.loadProfile'),
  'ratings.ratingForDocument': ({ validated }) => call('ratings.ratingForDocument', validated.id),
  'ratings.listRatings': () => call('ratings.listRatings'),
  'settings.loadSettings': () => call('settings.loadSettings'),
  'timeEntries.listBetween': () => call('timeEntries.listBetween', 0, Date.now()),
  'homeReads.minutesInWeek': () => call('homeReads.minutesInWeek', Date.now()),
  'timeEntries.entryForDocument': ({ validated }) =>
    call('timeEntries.entryForDocument', validated.id),
  'timeEntries.listAllEntries': () => call('timeEntries.listAllEntries'),
  'timeEntries.listEntriesPage': () => call('timeEntries.listEntriesPage', { limit: 10 }),
  'jobs.getJob': ({ jobId }) => call('jobs.getJob', jobId),
  'jobs.listJobs': () => call('jobs.listJobs', 'roux'),
  'jobs.listOpenJobs': () => call('jobs.listOpenJobs'),
  'doeItems.listItems': ({ jobId }) => call('doeItems.listItems', jobId),
  'doeItems.requiredProgress': ({ jobId }) => call('doeItems.requiredProgress', [jobId]),
  'attachments.listAttachments': ({ jobId }) => call('attachments.listAttachments', jobId),
  'attachments.getAttachment': ({ attachmentId }) =>
    call('attachments.getAttachment', attachmentId),
  'attachments.attachmentUsage': () => call('attachments.attachmentUsage'),
  ...forQuotes(QUOTE_READS),
  'usage.deviceInUse': () => call('usage.deviceInUse'),
};

/**
 * Exports that touch no table: helpers, the tracking itself, the schema, the browser's storage
 * estimate, and the settings hint (a copy in localStorage for the first paint).
 */
const NO_STORAGE = [
  'database.onDatabaseEvent',
  'homeReads.isTouched',
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
  ...Object.entries(QUOTE_NO_STORAGE).flatMap(([module, names]) =>
    names.map((name) => `${module}.${name}`),
  ),
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
  const job = await createJob(JOB, [{ required: true }, { required: false }, { required: false }]);
  const [item, other, removed] = await listItems(job.id);
  if (!item || !other || !removed) throw new Error('The job has three items');
  await removeItem(removed.id);
  const attachment = await addAttachment(file(job.id, item.id));
  const deletedAttachment = await addAttachment(file(job.id, other.id));
  await deleteAttachment(deletedAttachment.id);
  seed = {
    draftId: draft.id,
    validated,
    ratingId: rating.id,
    entryId: entry.id,
    deletedDocument,
    deletedEntry,
    jobId: job.id,
    itemId: item.id,
    attachmentId: attachment.id,
    removedItemId: removed.id,
    deletedAttachmentId: deletedAttachment.id,
    quotes: await seedQuotes(),
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

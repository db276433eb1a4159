import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

// Writes in flight. An app update (and a reload asked by another tab) waits for them, so that
// nothing typed is lost. Tracking is part of the data layer: every read-write transaction of an
// `EtabliDB` is tracked by the `trackWrites` middleware from the moment it is opened until it
// commits or aborts, whoever opened it (src/db, src/sync, code not written yet). `trackSave`
// is only for work that must finish before an update and is not a transaction of its own (e.g.
// a network answer that cannot be asked for again).

const pending = new Set<Promise<unknown>>();

/** Tracks a save until it settles, and returns it. */
export function trackSave<T>(save: Promise<T>): Promise<T> {
  pending.add(save);
  const forget = () => pending.delete(save);
  save.then(forget, forget);
  return save;
}

/** A macrotask later: every microtask queued before has run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Resolves once every write in flight has settled; rejects if one of them failed. A write
 * requested before the call is seen even if its transaction is not open yet (Dexie opens it in a
 * microtask): the flush looks again after the current task. Writes that start while it waits (a
 * keystroke, a write chained on another) are waited for too.
 */
export async function flushPendingSaves(): Promise<void> {
  // Saves tracked now are awaited from now on, so that one failing meanwhile is reported.
  await Promise.all([...pending, nextTask()]);
  while (pending.size > 0) {
    await Promise.all([...pending]);
    // A write chained on those (in a `.then`) opens its transaction a few microtasks later.
    await nextTask();
  }
}

/** The browser's transaction object (IndexedDB's; fake-indexeddb's in tests). */
interface EventfulTransaction {
  addEventListener(type: 'complete' | 'abort', listener: () => void): void;
  error?: DOMException | null;
}

const isEventful = (transaction: object): transaction is EventfulTransaction =>
  typeof (transaction as Partial<EventfulTransaction>).addEventListener === 'function';

/** Settles when the transaction commits (resolves) or aborts (rejects with its error). */
function settled(transaction: EventfulTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.addEventListener('complete', () => resolve());
    transaction.addEventListener('abort', () =>
      reject(transaction.error ?? new DOMException('The write was aborted', 'AbortError')),
    );
  });
}

/**
 * Dexie middleware that tracks every read-write transaction until it commits or aborts. Installed
 * by the `EtabliDB` constructor, so no write can forget it.
 */
export const trackWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'trackWrites',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options): DBCoreTransaction {
      const transaction = down.transaction(stores, mode, options);
      // Dexie's IndexedDB core hands out the browser's transaction itself.
      if (mode === 'readwrite' && isEventful(transaction)) trackSave(settled(transaction));
      return transaction;
    },
  }),
};

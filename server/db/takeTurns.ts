// PGlite runs each query on this thread, and hands over to the next queued one in a microtask:
// twenty queued queries of 30 ms would hold the event loop for 600 ms, and a health check, a
// static file or a 429 that arrived meanwhile would wait for all of them. Here the queries take
// turns with the rest of the server: before each one starts, the event loop serves what is
// waiting, so any other request waits for one query at most.
import type { PGlite } from '@electric-sql/pglite';

/** The client methods that reach the database; a transaction is one turn. */
const TURNS = new Set<PropertyKey>(['query', 'exec', 'transaction']);

/** Runs tasks one at a time, in order, each after a turn of the event loop. */
export function turns() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(task);
    tail = result.catch(() => undefined);
    return result;
  };
}

/**
 * The client as drizzle should see it: `query`, `exec` and `transaction` take turns. Queries
 * made inside a transaction go through its own handle, so they never wait for their own turn.
 */
export function takingTurns(client: PGlite): PGlite {
  const take = turns();
  return new Proxy(client, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      // PGlite keeps its state in private fields: its methods must run on the real client.
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (!TURNS.has(key)) return bound;
      return (...args: unknown[]) => take(() => bound(...args) as Promise<unknown>);
    },
  });
}

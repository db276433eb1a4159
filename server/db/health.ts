// Whether the database answers, without adding a query to its queue when it just answered one:
// under load (PGlite runs its queries one at a time, on the event loop) a health check that
// pings waits behind every query in flight, and a busy server looks dead to its supervisor.
import type { Database } from './types';

/** How long a successful query vouches for the database. */
const FRESH_MS = 1000;

/** The database, wrapped to note each success, and a check that pings only when none is fresh. */
export function watchHealth(
  db: Database,
  now: () => number = () => performance.now(),
): { db: Database; check(): Promise<void> } {
  let lastOk = Number.NEGATIVE_INFINITY;
  const noted = <T>(promise: Promise<T>): Promise<T> =>
    promise.then((value) => {
      lastOk = now();
      return value;
    });
  const watched = new Proxy(db, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'close') return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        return result instanceof Promise ? noted(result) : result;
      };
    },
  });
  return {
    db: watched,
    async check() {
      if (now() - lastOk < FRESH_MS) return;
      await noted(db.ping());
    },
  };
}

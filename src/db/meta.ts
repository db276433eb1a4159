import { db } from './database';

/** Reads one meta value, or `undefined` when it was never written. */
export async function readMeta<T>(key: string): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

/** Writes one meta value. */
export async function writeMeta<T>(key: string, value: T): Promise<void> {
  await db.meta.put({ key, value });
}

/**
 * Reads one meta value and writes what `change` makes of it, in one read-write transaction: two
 * changes made at once (another tab, a second tap) both land, and the write is tracked from the
 * start. When `change` returns the value it was given, nothing is written. Returns the new value.
 */
export async function updateMeta<T>(
  key: string,
  change: (current: T | undefined) => T,
): Promise<T> {
  return db.transaction('rw', db.meta, async () => {
    const current = await readMeta<T>(key);
    const next = change(current);
    if (next !== current) await writeMeta(key, next);
    return next;
  });
}

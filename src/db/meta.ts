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

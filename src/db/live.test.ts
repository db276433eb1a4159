import { createEffect, createRoot } from 'solid-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './database';
import { createLiveQuery, type LiveQuery } from './live';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/** Starts a live query in its own reactive root; returns it with the root's dispose. */
function live<T>(querier: () => T | Promise<T>): LiveQuery<T> & { dispose: () => void } {
  return createRoot((dispose) => ({ ...createLiveQuery(querier), dispose }));
}

const metaKeys = () => db.meta.toCollection().primaryKeys();

describe('createLiveQuery', () => {
  it('is undefined until the first result arrives, then holds it', async () => {
    await db.meta.put({ key: 'a', value: 1 });
    const query = live(metaKeys);
    expect(query.value()).toBeUndefined();
    await vi.waitFor(() => expect(query.value()).toEqual(['a']));
    expect(query.error()).toBeUndefined();
    query.dispose();
  });

  it('updates when the table it read changes', async () => {
    const query = live(metaKeys);
    await vi.waitFor(() => expect(query.value()).toEqual([]));
    await db.meta.put({ key: 'a', value: 1 });
    await vi.waitFor(() => expect(query.value()).toEqual(['a']));
    await db.meta.bulkPut([
      { key: 'b', value: 2 },
      { key: 'c', value: 3 },
    ]);
    await vi.waitFor(() => expect(query.value()).toEqual(['a', 'b', 'c']));
    await db.meta.delete('a');
    await vi.waitFor(() => expect(query.value()).toEqual(['b', 'c']));
    query.dispose();
  });

  it('re-runs the computations that read it', async () => {
    const seen: Array<number | undefined> = [];
    const query = createRoot((dispose) => {
      const count = createLiveQuery(() => db.meta.count());
      // As a component's JSX would: a computation that depends on the signal.
      createEffect(() => seen.push(count.value()));
      return { ...count, dispose };
    });
    await vi.waitFor(() => expect(seen).toEqual([undefined, 0]));
    await db.meta.put({ key: 'a', value: 1 });
    await vi.waitFor(() => expect(seen).toEqual([undefined, 0, 1]));
    query.dispose();
  });

  it('stops updating once its owner is disposed', async () => {
    const disposed = live(metaKeys);
    const watching = live(metaKeys);
    await vi.waitFor(() => expect(disposed.value()).toEqual([]));
    await vi.waitFor(() => expect(watching.value()).toEqual([]));

    disposed.dispose();
    await db.meta.put({ key: 'a', value: 1 });
    // The query still subscribed proves the change was broadcast; the disposed one missed it.
    await vi.waitFor(() => expect(watching.value()).toEqual(['a']));
    await db.meta.put({ key: 'b', value: 2 });
    await vi.waitFor(() => expect(watching.value()).toEqual(['a', 'b']));
    expect(disposed.value()).toEqual([]);
    watching.dispose();
  });

  it('reports a failing query as an error, leaving the value undefined', async () => {
    const query = live(async () => {
      await db.meta.count();
      throw new Error('query failed');
    });
    await vi.waitFor(() => expect(query.error()).toBeInstanceOf(Error));
    expect((query.error() as Error).message).toBe('query failed');
    expect(query.value()).toBeUndefined();
    query.dispose();
  });

  it('reads again on retry after a failure, and follows the tables again', async () => {
    let failing = true;
    const query = live(async () => {
      const keys = await metaKeys();
      if (failing) throw new Error('disk error');
      return keys;
    });
    await vi.waitFor(() => expect(query.error()).toBeInstanceOf(Error));
    failing = false;
    query.retry();
    await vi.waitFor(() => expect(query.value()).toEqual([]));
    expect(query.error()).toBeUndefined();
    await db.meta.put({ key: 'a', value: 1 });
    await vi.waitFor(() => expect(query.value()).toEqual(['a']));
    query.dispose();
  });

  it('keeps results that are themselves functions as values', async () => {
    const format = (n: number) => `${n} rows`;
    const query = live(async () => {
      const count = await db.meta.count();
      return () => format(count);
    });
    await vi.waitFor(() => expect(query.value()?.()).toBe('0 rows'));
    query.dispose();
  });
});

import { liveQuery } from 'dexie';
import { type Accessor, createSignal, onCleanup } from 'solid-js';

/** A reactive read of IndexedDB: `value()` is undefined until the first result arrives. */
export interface LiveQuery<T> {
  value: Accessor<T | undefined>;
  error: Accessor<unknown>;
}

/**
 * Turns a Dexie liveQuery into Solid signals that update whenever the tables it read change,
 * in this tab or another. Must be called inside a reactive owner (component or root).
 */
export function createLiveQuery<T>(querier: () => T | Promise<T>): LiveQuery<T> {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(undefined);
  const subscription = liveQuery(querier).subscribe({
    next: (result) => {
      setError(undefined);
      setValue(() => result);
    },
    error: (e: unknown) => setError(e),
  });
  onCleanup(() => subscription.unsubscribe());
  return { value, error };
}

import { liveQuery } from 'dexie';
import { type Accessor, createComputed, createSignal, onCleanup } from 'solid-js';

/** A reactive read of IndexedDB: `value()` is undefined until the first result arrives. */
export interface LiveQuery<T> {
  value: Accessor<T | undefined>;
  /** Why the read failed (the screen says so), or undefined. */
  error: Accessor<unknown>;
  /** Reads again after a failure (a failed live query stops following the tables). */
  retry: () => void;
}

/**
 * Turns a Dexie liveQuery into Solid signals that update whenever the tables it read change,
 * in this tab or another. `input` (a signal) feeds the query: when it changes, the query is
 * re-subscribed with the new value (Dexie runs the querier outside Solid's tracking, so inputs
 * must come through `input`). Must be called inside a reactive owner (component or root).
 */
export function createLiveQuery<T, S = undefined>(
  querier: (input: S) => T | Promise<T>,
  input?: Accessor<S>,
): LiveQuery<T> {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [error, setError] = createSignal<unknown>(undefined);
  const [attempt, setAttempt] = createSignal(0);
  createComputed(() => {
    attempt();
    const current = input?.() as S;
    const subscription = liveQuery(() => querier(current)).subscribe({
      next: (result) => {
        setError(undefined);
        setValue(() => result);
      },
      // Never undefined once failed: the screen tells "failed" from "fine" by it.
      error: (e: unknown) => setError(() => e ?? new Error('The read failed')),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return { value, error, retry: () => setAttempt((n) => n + 1) };
}

import { describe, expect, it, vi } from 'vitest';
import { flushPendingSaves, trackSave } from './pendingSaves';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run (a macrotask comes after all microtasks). */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits until the watched flush has resolved (it looks once more a task after the last save). */
const resolves = (state: () => string) => vi.waitFor(() => expect(state()).toBe('resolved'));

/** Watches a promise so a test can ask whether it has settled yet. */
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

describe('trackSave', () => {
  it('returns the save itself', async () => {
    const save = Promise.resolve(42);
    expect(trackSave(save)).toBe(save);
    expect(await trackSave(Promise.resolve('saved'))).toBe('saved');
  });
});

describe('flushPendingSaves', () => {
  it('resolves at once when nothing is in flight', async () => {
    const flush = watch(flushPendingSaves());
    await resolves(flush);
  });

  it('waits for every tracked save', async () => {
    const first = deferred();
    const second = deferred();
    trackSave(first.promise);
    trackSave(second.promise);

    const flush = watch(flushPendingSaves());
    await tick();
    expect(flush()).toBe('pending');

    second.resolve();
    await tick();
    expect(flush()).toBe('pending');

    first.resolve();
    await resolves(flush);
  });

  it('also waits for saves that start while it is flushing', async () => {
    const first = deferred();
    const late = deferred();
    trackSave(first.promise);

    const flush = watch(flushPendingSaves());
    // A keystroke saves again while the update waits for the first save.
    trackSave(late.promise);
    first.resolve();
    await tick();
    expect(flush()).toBe('pending');

    late.resolve();
    await resolves(flush);
  });

  it('also waits for saves that start right as the earlier ones finish', async () => {
    const first = deferred();
    const chained = deferred();
    trackSave(first.promise.then(() => void trackSave(chained.promise)));

    const flush = watch(flushPendingSaves());
    first.resolve();
    await tick();
    expect(flush()).toBe('pending');

    chained.resolve();
    await resolves(flush);
  });

  it('rejects with the error of a save that failed', async () => {
    const ok = deferred();
    const failing = deferred();
    trackSave(ok.promise);
    trackSave(failing.promise).catch(() => {});

    const flush = flushPendingSaves();
    const state = watch(flush);
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    failing.reject(quota);
    await expect(flush).rejects.toBe(quota);
    expect(state()).toBe('rejected');
    ok.resolve();
  });

  it('forgets settled saves, failed ones included', async () => {
    const failing = deferred();
    trackSave(failing.promise).catch(() => {});
    const failed = flushPendingSaves();
    failing.reject(new Error('disk full'));
    await expect(failed).rejects.toThrow('disk full');

    // The failed save does not block the next update: once retried and saved, flushing passes.
    const retry = deferred();
    trackSave(retry.promise);
    const flush = watch(flushPendingSaves());
    retry.resolve();
    await resolves(flush);
    await expect(flushPendingSaves()).resolves.toBeUndefined();
  });
});

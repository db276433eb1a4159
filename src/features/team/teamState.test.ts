import { QueryObserver } from '@tanstack/solid-query';
import { createRoot } from 'solid-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/database';
import { watchSyncState } from '../../sync/live';
import { updateSyncRecord } from '../../sync/state';
import { queryClient, refreshFiguresAfterPush } from './teamState';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  queryClient.clear();
});

describe('the team figures', () => {
  it('are read again after a push that ended while the first read was under way', async () => {
    watchSyncState(() => undefined);
    const queryKey = ['team', 'w1', 'indicators'];
    // The screen's first read: slow, and answered with what the server had before the push.
    let reads = 0;
    let answerFirst: (minutes: number) => void = () => undefined;
    const queryFn = () => {
      reads += 1;
      if (reads === 1) return new Promise<number>((resolve) => (answerFirst = resolve));
      return Promise.resolve(10);
    };
    const observer = new QueryObserver(queryClient, { queryKey, queryFn });
    const seen: Array<number | undefined> = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));
    const dispose = createRoot((dispose) => {
      refreshFiguresAfterPush(() => 'w1');
      return dispose;
    });
    await vi.waitFor(() => expect(reads).toBe(1));

    // The push succeeds while that read is still waiting for the server.
    await updateSyncRecord({ lastSuccessAt: Date.now() });
    await vi.waitFor(() => expect(reads).toBe(2));
    answerFirst(0);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(10));
    expect(seen).not.toContain(0);

    unsubscribe();
    dispose();
  });
});

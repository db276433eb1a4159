import { QueryClientProvider } from '@tanstack/solid-query';
import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/database';
import { watchSyncState } from '../../sync/live';
import { updateSyncRecord } from '../../sync/state';
import { loadIndicators } from '../../sync/team';
import { queryClient, useIndicators } from './teamState';

// The figures come from the server through src/sync/team.ts: here, from answers the test gives.
vi.mock('../../sync/team', async (original) => ({
  ...(await original<typeof import('../../sync/team')>()),
  loadIndicators: vi.fn(),
}));

let dispose = () => {};
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  queryClient.clear();
});
afterEach(() => dispose());

describe('the team figures', () => {
  it('are read again after a push that ended while the first read was under way', async () => {
    watchSyncState(() => undefined);
    // The screen's first read is slow, and answers what the server had before the push.
    let answerFirst: (minutes: number) => void = () => undefined;
    const read = vi.mocked(loadIndicators) as unknown as ReturnType<typeof vi.fn>;
    read.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)));
    read.mockImplementation(() => Promise.resolve(10));
    let figures: () => unknown = () => undefined;
    const Probe = () => {
      const query = useIndicators(() => 'w1');
      figures = () => query.data;
      return null;
    };
    dispose = render(
      () => (
        <QueryClientProvider client={queryClient}>
          <Probe />
        </QueryClientProvider>
      ),
      document.body.appendChild(document.createElement('div')),
    );
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));

    // The push succeeds while that read still waits for the server.
    await updateSyncRecord({ lastSuccessAt: Date.now() });
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    answerFirst(0);
    await vi.waitFor(() => expect(figures()).toBe(10));
    // The older answer, arriving last, does not replace it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(figures()).toBe(10);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { SYNC_TAG, setupSyncWakeUp } from './sync';

// jsdom stands in for the worker's global scope: `self` takes listeners, `clients` is stubbed.

/** Fires a Background Sync event and waits for what the worker waited on. */
async function fireSync(tag: string): Promise<boolean> {
  const pending: Promise<unknown>[] = [];
  const event = Object.assign(new Event('sync'), {
    tag,
    waitUntil: (promise: Promise<unknown>) => pending.push(promise),
  });
  self.dispatchEvent(event);
  await Promise.all(pending);
  return pending.length > 0;
}

describe('setupSyncWakeUp', () => {
  it('asks every open page to push on its Background Sync tag', async () => {
    const pages = [{ postMessage: vi.fn() }, { postMessage: vi.fn() }];
    const matchAll = vi.fn(async () => pages);
    Object.assign(self, { clients: { matchAll } });
    setupSyncWakeUp();
    expect(await fireSync(SYNC_TAG)).toBe(true);
    expect(matchAll).toHaveBeenCalledWith({ type: 'window', includeUncontrolled: true });
    for (const page of pages) expect(page.postMessage).toHaveBeenCalledWith({ type: 'SYNC_NOW' });
  });

  it('ignores other tags', async () => {
    const matchAll = vi.fn(async () => []);
    Object.assign(self, { clients: { matchAll } });
    setupSyncWakeUp();
    expect(await fireSync('someone-else')).toBe(false);
    expect(matchAll).not.toHaveBeenCalled();
  });
});

import 'fake-indexeddb/auto';
import { createRoot } from 'solid-js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/database';
import { createApi } from './api';
import { BACKOFF } from './backoff';
import { createSyncClient, type SyncClient, type SyncClientDeps } from './client';
import { readPairing, readSyncRecord, writePairing } from './state';
import { createFakeServer, type FakeServer, seedOutbox } from './testing';

let clock = Date.parse('2026-11-18T12:00:00+01:00');
let server: FakeServer;
let timers: Array<{ run: () => void; ms: number; cleared: boolean }>;
let random: () => number;
let busy: boolean;
let wakeUps: number;

function client(overrides: Partial<SyncClientDeps> = {}): SyncClient {
  return createRoot(() =>
    createSyncClient({
      api: createApi({ fetch: (input, init) => server.fetch(input, init) }),
      now: () => clock,
      random: () => random(),
      setTimer: (run, ms) => {
        const timer = { run, ms, cleared: false };
        timers.push(timer);
        return timer;
      },
      clearTimer: (timer) => {
        (timer as { cleared: boolean }).cleared = true;
      },
      withLock: async (task) => (busy ? 'busy' : task()),
      requestWakeUp: () => {
        wakeUps += 1;
      },
      ...overrides,
    }),
  );
}

/** The timer armed last (and still armed). */
const armed = () => timers.filter((timer) => !timer.cleared).at(-1);
/** Lets time pass until the armed timer fires, and waits for the push it starts. */
async function fire(sync: SyncClient): Promise<void> {
  const timer = armed();
  if (!timer) throw new Error('no timer armed');
  clock += timer.ms;
  timer.cleared = true;
  timer.run();
  await vi.waitFor(() => expect(sync.phase()).not.toBe('syncing'));
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  server = createFakeServer();
  timers = [];
  random = () => 0.5;
  busy = false;
  wakeUps = 0;
  await writePairing({
    token: 'token-1',
    deviceId: '01900000-0000-7000-8000-00000000d001',
    deviceName: 'Téléphone Android',
    role: 'owner',
    workspace: { id: '01900000-0000-7000-8000-00000000a001', name: 'Plâtrerie' },
    pairedAt: clock,
  });
});

describe('sync client', () => {
  it('pushes on request and records the success', async () => {
    await seedOutbox(3);
    const sync = client();
    await sync.requestSync('start');
    expect(server.events.size).toBe(3);
    expect(sync.phase()).toBe('idle');
    expect(await readSyncRecord()).toEqual({ lastSuccessAt: clock, lastError: null });
  });

  it('does nothing when the device is not paired', async () => {
    await writePairing(null);
    await seedOutbox(3);
    await client().requestSync('start');
    expect(server.requests).toHaveLength(0);
  });

  it('backs off exponentially with jitter while the network is down, then recovers', async () => {
    await seedOutbox(3);
    const sync = client();
    server.faults = ['network', 'network', 'network', 'network'];
    const draws = [0, 0.999, 0.25, 0.75];
    let draw = 0;
    random = () => draws[draw++] ?? 0;
    await sync.requestSync('start');
    const delays: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(sync.phase()).toBe('waiting');
      const timer = armed();
      delays.push(timer?.ms ?? -1);
      expect(sync.nextRetryAt()).toBe(clock + (timer?.ms ?? 0));
      await fire(sync);
    }
    // Steps 2, 4, 8, 16 s; each delay in [step / 2, step].
    expect(delays).toEqual([1_000, 3_998, 5_000, 14_000]);
    expect(sync.phase()).toBe('idle');
    expect(server.events.size).toBe(3);
    expect(wakeUps).toBe(4);
    expect((await readSyncRecord()).lastError).toBeNull();
  });

  it('stays within the 5 min cap however long the server is down', async () => {
    await seedOutbox(1);
    const sync = client();
    random = () => 0.999_999;
    server.faults = Array.from({ length: 12 }, () => ({ status: 503 }));
    await sync.requestSync('start');
    for (let i = 0; i < 11; i += 1) await fire(sync);
    expect(armed()?.ms).toBeLessThanOrEqual(BACKOFF.maxMs);
    expect(armed()?.ms).toBeGreaterThan(BACKOFF.maxMs / 2);
    expect((await readSyncRecord()).lastError).toEqual({ kind: 'server', at: clock });
    // A server error is not a network error: no Background Sync wake-up is asked for.
    expect(wakeUps).toBe(0);
  });

  it('waits for the scheduled retry when new events arrive, but not when the network is back', async () => {
    await seedOutbox(1);
    const sync = client();
    server.faults = ['network'];
    await sync.requestSync('start');
    expect(server.requests).toHaveLength(1);
    await sync.requestSync('outbox');
    expect(server.requests).toHaveLength(1);
    await sync.requestSync('online');
    expect(server.requests).toHaveLength(2);
    expect(sync.phase()).toBe('idle');
    expect(timers.every((timer) => timer.cleared)).toBe(true);
  });

  it("honours Retry-After, even for the user's tap", async () => {
    await seedOutbox(1);
    const sync = client();
    random = () => 0;
    server.faults = [{ status: 429, headers: { 'retry-after': '120' } }];
    await sync.requestSync('start');
    expect(armed()?.ms).toBe(120_000);
    await sync.requestSync('manual');
    expect(server.requests).toHaveLength(1);
    clock += 120_000;
    await sync.requestSync('manual');
    expect(server.requests).toHaveLength(2);
    expect(server.events.size).toBe(1);
  });

  it('stops on 401 and marks the pairing as needing a new code', async () => {
    await seedOutbox(2);
    server.token = 'revoked';
    const sync = client();
    await sync.requestSync('start');
    expect(sync.phase()).toBe('idle');
    expect(timers).toHaveLength(0);
    expect((await readPairing())?.needsPairing).toBe(true);
    expect((await readSyncRecord()).lastError).toEqual({ kind: 'unauthorized', at: clock });
    await sync.requestSync('manual');
    expect(server.requests).toHaveLength(1);
    expect(await db.outbox.count()).toBe(2);
  });

  it('leaves the push to the tab holding the lock, and checks again a little later', async () => {
    await seedOutbox(1);
    busy = true;
    const sync = client();
    await sync.requestSync('start');
    expect(server.requests).toHaveLength(0);
    expect(armed()?.ms).toBe(5_000);
    busy = false;
    await fire(sync);
    expect(server.events.size).toBe(1);
  });

  it('joins a push under way instead of starting a second one', async () => {
    await seedOutbox(2);
    const sync = client();
    const first = sync.requestSync('start');
    const second = sync.requestSync('manual');
    await Promise.all([first, second]);
    await vi.waitFor(() => expect(sync.phase()).toBe('idle'));
    // The second request ran once more after the first, and found nothing left.
    expect(server.requests).toHaveLength(1);
    expect(server.events.size).toBe(2);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/database';
import { createApi } from './api';
import { listParked, outboxCounts } from './outbox';
import { pushOutbox } from './push';
import { createFakeServer, type FakeServer, seedOutbox, testId } from './testing';

const NOW = Date.parse('2026-11-18T12:00:00+01:00');
let server: FakeServer;

const push = (batchSize?: number) =>
  pushOutbox({
    api: createApi({ fetch: server.fetch, baseUrl: 'http://fake.test' }),
    token: 'token-1',
    now: () => NOW,
    ...(batchSize ? { batchSize } : {}),
  });
const eventsPosted = () => server.requests.map((r) => (r.body as { events: unknown[] }).events);

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  server = createFakeServer();
});

describe('pushOutbox', () => {
  it('sends 1,200 events in 3 requests of at most 500, oldest first, then empties the outbox', async () => {
    await seedOutbox(1200);
    const outcome = await push();
    expect(outcome).toEqual({ kind: 'done', sent: 1200, parked: 0 });
    expect(eventsPosted().map((events) => events.length)).toEqual([500, 500, 200]);
    expect((eventsPosted()[0]![0] as { id: string }).id).toBe(testId(1));
    expect((eventsPosted()[2]!.at(-1) as { id: string }).id).toBe(testId(1200));
    expect(server.events.size).toBe(1200);
    expect(await db.outbox.count()).toBe(0);
    for (const request of server.requests) {
      expect(request).toMatchObject({ method: 'POST', path: '/v1/events' });
      expect(request.headers.authorization).toBe('Bearer token-1');
      expect(request.headers['content-type']).toBe('application/json');
    }
  });

  it('does nothing with an empty outbox', async () => {
    expect(await push()).toEqual({ kind: 'done', sent: 0, parked: 0 });
    expect(server.requests).toHaveLength(0);
  });

  it('keeps events whose answer was lost, and a retry neither loses nor duplicates them', async () => {
    await seedOutbox(700);
    server.faults = ['lostAnswer'];
    // First request: stored by the server, answer lost (as when the server stops mid-push).
    const first = await push();
    expect(first).toMatchObject({ kind: 'failed', error: { kind: 'offline' }, sent: 0 });
    expect(server.events.size).toBe(500);
    expect(await db.outbox.count()).toBe(700);

    const second = await push();
    expect(second).toEqual({ kind: 'done', sent: 700, parked: 0 });
    expect(server.events.size).toBe(700);
    expect(await db.outbox.count()).toBe(0);
    expect(eventsPosted().map((events) => events.length)).toEqual([500, 500, 200]);
  });

  it('deletes only what the server acknowledged when a later batch fails', async () => {
    await seedOutbox(1200);
    server.faults = ['network'];
    // The first request fails: nothing is deleted.
    expect(await push()).toMatchObject({ kind: 'failed', sent: 0 });
    expect(await db.outbox.count()).toBe(1200);
    // The second batch of the next push meets a server error: the first 500 are gone, 700 stay.
    const okThenFail = server.fetch;
    let calls = 0;
    server.fetch = async (input, init) => {
      calls += 1;
      if (calls === 2) return new Response('Service Unavailable', { status: 503 });
      return okThenFail(input, init);
    };
    expect(await push()).toMatchObject({
      kind: 'failed',
      error: { kind: 'server', status: 503 },
      sent: 500,
    });
    expect(await db.outbox.count()).toBe(700);
    expect(await db.outbox.get(testId(1))).toBeUndefined();
    expect(await db.outbox.get(testId(501))).toBeDefined();
  });

  it('parks the events a 400 names, sends the others, and never resends the parked ones', async () => {
    await seedOutbox(10, NOW, (i) =>
      i === 3 ? { minutes: 0 } : i === 7 ? { stars: 9, type: 'rating' } : {},
    );
    const outcome = await push();
    expect(outcome).toEqual({ kind: 'done', sent: 8, parked: 2 });
    expect(server.events.size).toBe(8);
    expect(await outboxCounts()).toEqual({ pending: 0, parked: 2 });
    const parked = await listParked();
    expect(parked.map((event) => event.id)).toEqual([testId(4), testId(8)]);
    expect(parked[0]).toMatchObject({ parkedAt: NOW, error: expect.stringMatching(/^minutes: /) });
    expect(parked[1]).toMatchObject({ parkedAt: NOW, error: expect.stringMatching(/^stars: /) });

    const requests = server.requests.length;
    expect(await push()).toEqual({ kind: 'done', sent: 0, parked: 0 });
    expect(server.requests).toHaveLength(requests);
  });

  it('narrows a 400 without field paths down by halves, parking only the event at fault', async () => {
    await seedOutbox(8, NOW, (i) => (i === 5 ? { minutes: 0 } : {}));
    const real = server.fetch;
    server.fetch = async (input, init) => {
      const response = await real(input, init);
      if (response.status !== 400) return response;
      return new Response(JSON.stringify({ error: 'invalid_body', message: 'Invalid' }), {
        status: 400,
      });
    };
    const outcome = await push();
    expect(outcome).toEqual({ kind: 'done', sent: 7, parked: 1 });
    expect((await listParked()).map((event) => event.id)).toEqual([testId(6)]);
    expect(server.requests.length).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(8)));
  });

  it('halves a batch the server finds too large (413)', async () => {
    await seedOutbox(500);
    server.faults = [{ status: 413 }];
    expect(await push()).toEqual({ kind: 'done', sent: 500, parked: 0 });
    expect(eventsPosted().map((events) => events.length)).toEqual([500, 250, 250]);
  });

  it('stops at once on 401 and keeps every event', async () => {
    await seedOutbox(1200);
    // The device was revoked: the server no longer knows its token.
    server.token = 'another-token';
    expect(await push()).toEqual({ kind: 'unauthorized', sent: 0, parked: 0 });
    expect(server.requests).toHaveLength(1);
    expect(await outboxCounts()).toEqual({ pending: 1200, parked: 0 });
  });

  it('reports 429 with its Retry-After and keeps the events', async () => {
    await seedOutbox(3);
    server.faults = [{ status: 429, headers: { 'retry-after': '42' } }];
    expect(await push()).toMatchObject({
      kind: 'failed',
      error: { kind: 'rateLimited', retryAfterMs: 42_000 },
    });
    expect(await db.outbox.count()).toBe(3);
  });

  it('does not take a captive portal page for an acknowledgement', async () => {
    await seedOutbox(3);
    server.faults = [
      { status: 200, raw: '<html>Wi-Fi login</html>', headers: { 'content-type': 'text/html' } },
    ];
    expect(await push()).toMatchObject({ kind: 'failed', error: { kind: 'server' } });
    server.faults = [{ status: 200, body: { welcome: true } }];
    expect(await push()).toMatchObject({ kind: 'failed', error: { kind: 'server' } });
    expect(await db.outbox.count()).toBe(3);
  });

  it('leaves events queued after the push started for the next batch of the same push', async () => {
    await seedOutbox(2);
    const real = server.fetch;
    let added = false;
    server.fetch = async (input, init) => {
      if (!added) {
        added = true;
        await db.outbox.add({
          id: testId(99),
          type: 'rating',
          stars: 5,
          occurredAt: NOW,
          queuedAt: NOW + 99,
        });
      }
      return real(input, init);
    };
    expect(await push()).toEqual({ kind: 'done', sent: 3, parked: 0 });
    expect(eventsPosted().map((events) => events.length)).toEqual([2, 1]);
  });

  describe('a 5xx that one event causes', () => {
    /** The server fails with `status` on any batch holding event `poison` (e.g. a date it cannot store). */
    const failOn = (poison: string, status: number) => {
      const real = server.fetch;
      server.fetch = async (input, init) => {
        if (String(init?.body).includes(poison)) {
          server.requests.push({
            method: 'POST',
            path: '/v1/events',
            headers: {},
            body: JSON.parse(String(init?.body)),
          });
          return new Response('{"error":"internal","message":"Something went wrong"}', { status });
        }
        return real(input, init);
      };
    };
    const alone = (id: string) =>
      eventsPosted().filter(
        (events) => events.length === 1 && (events[0] as { id: string }).id === id,
      ).length;

    it('parks the event after it fails twice alone, and sends every other one', async () => {
      await seedOutbox(10);
      failOn(testId(4), 500);
      expect(await push()).toEqual({ kind: 'done', sent: 9, parked: 1 });
      expect(alone(testId(4))).toBe(2);
      expect(server.events.size).toBe(9);
      const [parked] = await listParked();
      expect(parked).toMatchObject({
        id: testId(4),
        parkedAt: NOW,
        error: 'event: server error 500',
      });
      // The queue is no longer blocked: later events go out without it.
      await seedOutbox(1, NOW, () => ({ id: testId(50) }));
      const before = server.requests.length;
      expect(await push()).toEqual({ kind: 'done', sent: 1, parked: 0 });
      expect(server.requests.length).toBe(before + 1);
    });

    it('parks nothing when the server fails on everything, in a bounded number of requests', async () => {
      await seedOutbox(500);
      server.faults = Array.from({ length: 50 }, () => ({ status: 500 }));
      expect(await push()).toMatchObject({
        kind: 'failed',
        error: { kind: 'server', status: 500 },
        parked: 0,
      });
      expect(await outboxCounts()).toEqual({ pending: 500, parked: 0 });
      expect(server.requests.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(500)) + 3);
    });

    it('never parks on 502, 503 or 504: the server or its proxy is down or busy', async () => {
      for (const status of [502, 503, 504]) {
        await Promise.all(db.tables.map((table) => table.clear()));
        server = createFakeServer();
        await seedOutbox(4);
        failOn(testId(2), status);
        expect(await push()).toMatchObject({ kind: 'failed', error: { status }, parked: 0 });
        expect(await outboxCounts()).toEqual({ pending: 4, parked: 0 });
      }
    });

    it('keeps a lone failing event queued until another event shows the server works', async () => {
      await seedOutbox(1);
      failOn(testId(1), 500);
      expect(await push()).toMatchObject({ kind: 'failed', sent: 0, parked: 0 });
      expect(await outboxCounts()).toEqual({ pending: 1, parked: 0 });
      await seedOutbox(1, NOW, () => ({ id: testId(2) }));
      expect(await push()).toEqual({ kind: 'done', sent: 1, parked: 1 });
      expect((await listParked()).map((event) => event.id)).toEqual([testId(1)]);
    });
  });
});

import { db } from '../db/database';
import type { OutboxEvent } from '../db/schema';
import { eventsBatch, type IndicatorEvent } from '../protocol/protocol';

// Test helpers: an in-memory stand-in for the sync server's `POST /v1/events` (validated with the
// protocol's own schema, idempotent by id like the real one) and outbox seeding. Tests only.

/** One request the fake server received. */
export interface FakeRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** What the next request meets instead of the normal answer. */
export type Fault =
  /** fetch rejects, as with no network. */
  | 'network'
  /** The server stores the batch, then the answer is lost on the way back. */
  | 'lostAnswer'
  | { status: number; headers?: Record<string, string>; body?: unknown; raw?: string };

/** A fake sync server holding events by id, with scripted faults. */
export interface FakeServer {
  fetch: typeof fetch;
  events: Map<string, IndicatorEvent>;
  requests: FakeRequest[];
  /** Faults met by the next requests, in order. */
  faults: Fault[];
  /** The token it accepts (others get 401). */
  token: string;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** Creates a fake server for `POST /v1/events`. */
export function createFakeServer(token = 'token-1'): FakeServer {
  const server: FakeServer = {
    events: new Map(),
    requests: [],
    faults: [],
    token,
    fetch: async (input, init) => {
      const url = new URL(String(input), 'http://fake.test');
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      server.requests.push({ method: init?.method ?? 'GET', path: url.pathname, headers, body });
      const fault = server.faults.shift();
      if (fault === 'network') throw new TypeError('Failed to fetch');
      if (fault && fault !== 'lostAnswer') {
        return fault.raw !== undefined
          ? new Response(fault.raw, { status: fault.status, headers: fault.headers })
          : json(fault.status, fault.body ?? { error: 'fault', message: 'fault' }, fault.headers);
      }
      if (headers.authorization !== `Bearer ${server.token}`) {
        return json(401, { error: 'unauthorized', message: 'Unknown or revoked token' });
      }
      const parsed = eventsBatch.safeParse(body);
      if (!parsed.success) {
        return json(400, {
          error: 'invalid_body',
          message: 'Invalid events',
          issues: parsed.error.issues.map(({ path, code, message }) => ({ path, code, message })),
        });
      }
      let accepted = 0;
      for (const event of parsed.data.events) {
        if (server.events.has(event.id)) continue;
        server.events.set(event.id, event);
        accepted += 1;
      }
      if (fault === 'lostAnswer') throw new TypeError('Connection reset');
      return json(200, { accepted, duplicates: parsed.data.events.length - accepted });
    },
  };
  return server;
}

/** A valid UUID (v7-shaped) numbered `n`, so tests can read and sort them. */
export function testId(n: number): string {
  return `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

/** Puts `count` time_saved events in the outbox, queued one millisecond apart. */
export async function seedOutbox(
  count: number,
  at = Date.parse('2026-11-18T10:00:00+01:00'),
  patch: (i: number) => Record<string, unknown> = () => ({}),
): Promise<OutboxEvent[]> {
  // Loosely typed on purpose: tests seed rows the server must refuse (e.g. minutes 0).
  const events = Array.from({ length: count }, (_, i) => ({
    id: testId(i + 1),
    type: 'time_saved',
    occurredAt: at,
    minutes: 5,
    category: 'quotes',
    queuedAt: at + i,
    ...patch(i),
  })) as OutboxEvent[];
  await db.outbox.bulkAdd(events);
  return events;
}

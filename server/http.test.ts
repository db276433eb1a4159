// One slow client against the real HTTP server: it holds at most its share of connections, for
// a bounded time, while a legitimate phone's push goes through.
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, expect, it, vi } from 'vitest';
import { createApp } from './app';
import { type HttpLimits, listen } from './http';
import { describeEachDatabase } from './test/databases';
import { rating, testApp } from './test/fixtures';

const LIMITS: Partial<HttpLimits> = {
  headersTimeoutMs: 3000,
  requestTimeoutMs: 3000,
  maxConnections: 100,
  maxConnectionsPerAddress: 20,
};
const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function start(app: { fetch: (request: Request, env: unknown) => Response | Promise<Response> }) {
  return new Promise<number>((resolve) => {
    servers.push(listen(app.fetch, { hostname: '127.0.0.1', port: 0, limits: LIMITS }, resolve));
  });
}

/** A connection from `from` that sends `data`; `open()` says whether the server still holds it. */
function slowClient(port: number, from: string, data: string) {
  const socket = connect({ host: '127.0.0.1', port, localAddress: from });
  sockets.push(socket);
  let closed = false;
  let answer = '';
  socket.on('data', (chunk) => {
    answer += chunk;
  });
  socket.on('close', () => {
    closed = true;
  });
  socket.on('error', () => {});
  socket.on('connect', () => socket.write(data));
  return { socket, open: () => !closed, answer: () => answer };
}

describeEachDatabase(({ db }) => {
  it('caps a slowloris client and cuts it after the header timeout; a push still gets through', async () => {
    const t = testApp(db());
    const { token } = await t.owner();
    const port = await start(createApp({ db: db(), now: () => t.clock.now }));

    // 60 connections from one address, each trickling header lines and never finishing.
    const attackers = Array.from({ length: 60 }, () =>
      slowClient(port, '127.0.0.2', 'POST /v1/events HTTP/1.1\r\nHost: etabli\r\n'),
    );
    const trickle = setInterval(() => {
      for (const a of attackers) if (a.open()) a.socket.write(`X-Slow-${Date.now()}: 1\r\n`);
    }, 300);
    try {
      // Beyond its 20, each new connection is closed as soon as it is accepted.
      await vi.waitFor(
        () => expect(attackers.filter((a) => a.open()).length).toBeLessThanOrEqual(20),
        { timeout: 2000 },
      );
      expect(attackers.filter((a) => a.open()).length).toBeGreaterThan(0);

      // Meanwhile a phone pushes its events, from another address, and is answered at once.
      const response = await fetch(`http://127.0.0.1:${port}/v1/events`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ events: [rating('2026-03-30T10:00:00+02:00', 5)] }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ accepted: 1, duplicates: 0 });
      // …while the slow client still held its connections.
      expect(attackers.filter((a) => a.open()).length).toBeGreaterThan(0);

      // The header timeout cuts every slow connection, trickling or not.
      await sleep(LIMITS.headersTimeoutMs! + 1500);
      expect(attackers.filter((a) => a.open())).toHaveLength(0);
    } finally {
      clearInterval(trickle);
    }
  }, 30_000);

  it('cuts a body sent too slowly with 408, and refuses connections past the overall cap', async () => {
    const port = await start(createApp({ db: db() }));
    const slow = slowClient(
      port,
      '127.0.0.3',
      'POST /v1/pair HTTP/1.1\r\nHost: etabli\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"code":',
    );
    await sleep(LIMITS.requestTimeoutMs! + 1500);
    expect(slow.open()).toBe(false);
    expect(slow.answer()).toMatch(/^HTTP\/1\.1 408/);

    // 20 addresses × 6 idle connections: no more than 100 are held at once.
    const many = Array.from({ length: 120 }, (_, i) =>
      slowClient(port, `127.0.1.${1 + (i % 20)}`, 'GET /v1/health HTTP/1.1\r\n'),
    );
    await vi.waitFor(() => expect(many.filter((c) => c.open()).length).toBeLessThanOrEqual(100), {
      timeout: 2000,
    });
    expect(many.filter((c) => c.open()).length).toBeGreaterThan(90);
  }, 30_000);
});

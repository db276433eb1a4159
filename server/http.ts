// The HTTP server around the app, with the limits that keep one slow or greedy client from
// taking it down: time limits on headers, bodies and idle connections, and caps on connections
// overall and per client address (checked as each connection opens, before any byte is read).

import type { Server as HttpServer } from 'node:http';
import type { Server, Socket } from 'node:net';
import { serve } from '@hono/node-server';

/** The server's connection limits. */
export interface HttpLimits {
  /** Time to send the request headers; a slowloris client is cut after this (408). */
  headersTimeoutMs: number;
  /** Time to send the whole request, body included (408). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed (slow readers). */
  idleTimeoutMs: number;
  /** Open connections at most; more are closed at once (keeps file descriptors for the rest). */
  maxConnections: number;
  /** Open connections per client address at most; 0 for no cap (behind a reverse proxy). */
  maxConnectionsPerAddress: number;
}

/** Limits for a server reached by phones over mobile networks. */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxConnections: 800,
  maxConnectionsPerAddress: 64,
};

/** Closes a new connection beyond `max` from the same address; counts them as they close. */
export function capPerAddress(server: Server, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/** Starts serving `fetch` with `limits`; `onListening` gets the bound port. */
export function listen(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  options: { hostname: string; port: number; limits?: Partial<HttpLimits> },
  onListening?: (port: number) => void,
): HttpServer {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const server = serve(
    {
      fetch,
      hostname: options.hostname,
      port: options.port,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // How often Node checks the two timeouts above (its default, 30 s, lets them overrun).
        connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 2),
      },
    },
    (info) => onListening?.(info.port),
  ) as HttpServer;
  server.maxConnections = limits.maxConnections;
  server.setTimeout(limits.idleTimeoutMs, (socket) => socket.destroy());
  capPerAddress(server, limits.maxConnectionsPerAddress);
  return server;
}

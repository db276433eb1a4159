// Who sent a request: the socket's address, or, behind reverse proxies the operator trusts
// (TRUST_PROXY=n), the address the n-th proxy from the server saw in X-Forwarded-For.
import type { Context } from 'hono';

/** The socket's remote address when served by Node (`app.request()` in tests has none). */
function socketAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * Reads the client's address. Each proxy appends the address it received the request from, so
 * with `trustProxy` proxies the client is that many entries from the right of the chain
 * (X-Forwarded-For, then the socket). Entries further left were written by the client itself
 * and are never believed; without trusted proxies the header is ignored altogether.
 */
export function clientAddressReader(trustProxy: number): (c: Context) => string {
  return (c) => {
    const socket = socketAddress(c.env);
    if (trustProxy === 0) return socket;
    const forwarded = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    const chain = [...forwarded, socket];
    return chain[Math.max(0, chain.length - 1 - trustProxy)]!;
  };
}

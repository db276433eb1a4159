// Bearer-token authentication: the token names the device, and the device its workspace.
// Invariant: workspace and device ids reach the queries only from here, never from a body.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Services } from './context';
import { apiError } from './errors';
import { sha256 } from './secrets';

// Seen-at is written at most once a minute per device, not on every request.
const TOUCH_EVERY_MS = 60_000;
// The scheme is case-insensitive (RFC 9110); the token is 256 bits in base64url.
const BEARER = /^bearer +([A-Za-z0-9_-]{43})$/i;
// Tokens that worked lately on this instance, so a flood of bad tokens from one address (or a
// proxy without TRUST_PROXY) never holds back the devices that share it. Bounded; a revoked
// token in it only skips the pre-check, never the lookup.
const KNOWN_MAX = 10_000;
const known = new WeakMap<Services, Set<string>>();

/** The tokens known good, one set per app (every route's `authenticate` shares it). */
function knownTokens(services: Services): Set<string> {
  let set = known.get(services);
  if (!set) {
    set = new Set();
    known.set(services, set);
  }
  return set;
}

/**
 * Requires a valid, unrevoked device token. Before any database work: the token's request
 * limit, and the client's limit on failed token checks (each failure costs a lookup).
 */
export function authenticate(services: Services): MiddlewareHandler<AppEnv> {
  const known = knownTokens(services);
  return async (c, next) => {
    const match = BEARER.exec(c.req.header('Authorization') ?? '');
    if (!match)
      return apiError(c, 401, 'A device token is required: Authorization: Bearer <token>.');
    const tokenHash = sha256(match[1]!);
    const wait = services.limiter?.take(tokenHash) ?? 0;
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, `Too many requests; retry in ${wait} s.`);
    }
    const address = `auth:${services.clientAddress(c)}`;
    const held = known.has(tokenHash) ? 0 : (services.authFailures?.peek(address) ?? 0);
    if (held > 0) {
      c.header('Retry-After', String(held));
      return apiError(c, 429, `Too many unknown tokens from this address; retry in ${held} s.`);
    }
    // Looked up on every request, so a revocation takes effect at once on every instance.
    const device = await services.db.deviceByTokenHash(tokenHash);
    if (!device) {
      services.authFailures?.take(address);
      known.delete(tokenHash);
      return apiError(c, 401, 'This device token is unknown or revoked; pair again.');
    }
    if (known.size >= KNOWN_MAX) known.clear();
    known.add(tokenHash);
    const now = services.now();
    if (!device.lastSeenAt || now.getTime() - device.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await services.db.touchDevice(device.id, now);
    }
    c.set('device', device);
    await next();
  };
}

/** Lets only the workspace owner's devices through (after `authenticate`). */
export const ownerOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('device').role !== 'owner') {
    return apiError(c, 403, 'Only the workspace owner can do this.');
  }
  await next();
};

// Bearer-token authentication: the token names the device, and the device its workspace.
// Invariant: workspace and device ids reach the queries only from here, never from a body.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Services } from './context';
import { apiError } from './errors';
import { sha256 } from './secrets';

// Seen-at is written at most once a minute per device, not on every request.
const TOUCH_EVERY_MS = 60_000;
const BEARER = /^Bearer ([A-Za-z0-9_-]{43})$/;

/** Requires a valid, unrevoked device token; rate-limits per token before touching the database. */
export function authenticate(services: Services): MiddlewareHandler<AppEnv> {
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
    // Looked up on every request, so a revocation takes effect at once on every instance.
    const device = await services.db.deviceByTokenHash(tokenHash);
    if (!device) return apiError(c, 401, 'This device token is unknown or revoked; pair again.');
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

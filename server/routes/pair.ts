// POST /v1/pair: a pairing code becomes a device token (shown once, stored as a hash).
import { randomUUID } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { normalizePairingCode, type PairResponse, pairRequest } from '../../src/protocol/protocol';
import type { AppEnv, Services } from '../context';
import { apiError, validate } from '../errors';
import { newToken, sha256 } from '../secrets';

/**
 * Limits code attempts (pairing and setup) per client address, before the body is read: this
 * only slows down anyone guessing codes. Behind a proxy, TRUST_PROXY makes the address the
 * client's, not the proxy's (else one client would lock pairing out for everyone).
 */
export function codeAttempts(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = services.pairLimiter?.take(`pair:${services.clientAddress(c)}`) ?? 0;
    if (wait === 0) return next();
    c.header('Retry-After', String(wait));
    return apiError(c, 429, `Too many code attempts; retry in ${wait} s.`);
  };
}

/** A small body: a code and names. */
export const smallBody = bodyLimit({
  maxSize: 4096,
  onError: (c) => apiError(c, 413, 'The body is too large.'),
});

/** A new device's id, its token (returned once) and the token's hash (stored). */
export function newDevice(name: string) {
  const token = newToken();
  return { token, device: { id: randomUUID(), name, tokenHash: sha256(token) } };
}

/** The pairing route. */
export function pairRoutes(services: Services) {
  const refused = 'This pairing code is unknown, already used or expired; ask for a new one.';
  return new Hono<AppEnv>().post(
    '/pair',
    codeAttempts(services),
    smallBody,
    validate('json', pairRequest),
    async (c) => {
      const { code, deviceName } = c.req.valid('json');
      const canonical = normalizePairingCode(code);
      if (!canonical) return apiError(c, 401, refused);
      const { token, device } = newDevice(deviceName);
      const redeemed = await services.db.redeemPairingCode({
        codeHash: sha256(canonical),
        now: services.now(),
        device,
      });
      if (!redeemed) return apiError(c, 401, refused);
      const body: PairResponse = { deviceId: device.id, token, ...redeemed };
      return c.json(body, 201);
    },
  );
}

// POST /v1/pair: a pairing code becomes a device token (shown once, stored as a hash).
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { normalizePairingCode, type PairResponse, pairRequest } from '../../src/protocol/protocol';
import type { AppEnv, Services } from '../context';
import { apiError, validate } from '../errors';
import { newToken, sha256 } from '../secrets';

/** The client's address when served by Node, for the pairing-attempt limit. */
function clientAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** The pairing route. */
export function pairRoutes(services: Services) {
  const refused = 'This pairing code is unknown, already used or expired; ask for a new one.';
  return new Hono<AppEnv>().post(
    '/pair',
    async (c, next) => {
      const wait = services.pairLimiter?.take(`pair:${clientAddress(c.env)}`) ?? 0;
      if (wait === 0) return next();
      c.header('Retry-After', String(wait));
      return apiError(c, 429, `Too many pairing attempts; retry in ${wait} s.`);
    },
    bodyLimit({ maxSize: 4096, onError: (c) => apiError(c, 413, 'The body is too large.') }),
    validate('json', pairRequest),
    async (c) => {
      const { code, deviceName } = c.req.valid('json');
      const canonical = normalizePairingCode(code);
      if (!canonical) return apiError(c, 401, refused);
      const token = newToken();
      const deviceId = randomUUID();
      const redeemed = await services.db.redeemPairingCode({
        codeHash: sha256(canonical),
        now: services.now(),
        device: { id: deviceId, name: deviceName, tokenHash: sha256(token) },
      });
      if (!redeemed) return apiError(c, 401, refused);
      const body: PairResponse = { deviceId, token, ...redeemed };
      return c.json(body, 201);
    },
  );
}

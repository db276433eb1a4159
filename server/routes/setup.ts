// POST /v1/setup: the server's setup code creates the team's workspace, and the device that
// sends it becomes the owner (the same answer as a pairing).
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  normalizePairingCode,
  type SetupResponse,
  setupRequest,
} from '../../src/protocol/protocol';
import type { AppEnv, Services } from '../context';
import { apiError, validate } from '../errors';
import { sha256 } from '../secrets';
import { codeAttempts, newDevice, smallBody } from './pair';

/** The setup route. */
export function setupRoutes(services: Services) {
  const refused =
    'This setup code is unknown, already used or expired; print a new one on the server.';
  return new Hono<AppEnv>().post(
    '/setup',
    codeAttempts(services),
    smallBody,
    validate('json', setupRequest),
    async (c) => {
      const { code, workspaceName, deviceName } = c.req.valid('json');
      const canonical = normalizePairingCode(code);
      if (!canonical) return apiError(c, 401, refused);
      const { token, device } = newDevice(deviceName);
      const redeemed = await services.db.redeemSetupCode({
        codeHash: sha256(canonical),
        now: services.now(),
        workspace: { id: randomUUID(), name: workspaceName },
        device,
      });
      if (!redeemed) return apiError(c, 401, refused);
      const body: SetupResponse = { deviceId: device.id, token, ...redeemed };
      return c.json(body, 201);
    },
  );
}

// The owner's routes: member pairing codes, the device list, revocation.
import { Hono } from 'hono';
import type { DevicesResponse, PairingCreated } from '../../src/protocol/protocol';
import { authenticate, ownerOnly } from '../auth';
import type { AppEnv, Services } from '../context';
import { apiError } from '../errors';
import { createPairing } from '../workspaces';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Owner-only routes; a member's token gets 403. */
export function ownerRoutes(services: Services) {
  const { db } = services;
  return new Hono<AppEnv>()
    .use('/pairings', authenticate(services), ownerOnly)
    .use('/devices', authenticate(services), ownerOnly)
    .use('/devices/*', authenticate(services), ownerOnly)
    .post('/pairings', async (c) => {
      const workspaceId = c.get('device').workspaceId;
      const body: PairingCreated = await createPairing(db, workspaceId, 'member', services.now());
      return c.json(body, 201);
    })
    .get('/devices', async (c) => {
      const rows = await db.listDevices(c.get('device').workspaceId);
      const body: DevicesResponse = {
        devices: rows.map((row) => ({
          id: row.id,
          name: row.name,
          role: row.role,
          createdAt: row.createdAt.toISOString(),
          lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
          revoked: row.revokedAt !== null,
        })),
      };
      return c.json(body);
    })
    .delete('/devices/:id', async (c) => {
      const id = c.req.param('id').toLowerCase();
      const caller = c.get('device');
      // The caller is an owner: refusing its own device means a workspace always keeps one.
      if (id === caller.id) {
        return apiError(
          c,
          409,
          'A device cannot revoke itself: the workspace would be left without an owner.',
          { code: 'own_device' },
        );
      }
      // Scoped to the caller's workspace: another workspace's device is simply not found.
      const found =
        UUID.test(id) && (await db.revokeDevice(caller.workspaceId, id, services.now(), caller.id));
      if (!found) return apiError(c, 404, 'This workspace has no such device.');
      return c.body(null, 204);
    });
}

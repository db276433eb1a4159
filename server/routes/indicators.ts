// GET /v1/indicators: the workspace's aggregates, by week, category, template or device.
import { Hono } from 'hono';
import {
  type IndicatorsResponse,
  indicatorsQuery,
  parseDeviceKey,
} from '../../src/protocol/protocol';
import { authenticate } from '../auth';
import type { AppEnv, Services } from '../context';
import { validate } from '../errors';

/**
 * The indicators route. Every device sees the team's totals and its groups by week, category
 * and template, which name nobody. By device, the owner sees every device's line; a member sees
 * only its own, so colleagues' names and minutes stay with the owner (server/README.md).
 */
export function indicatorsRoutes(services: Services) {
  return new Hono<AppEnv>().get(
    '/indicators',
    authenticate(services),
    validate('query', indicatorsQuery),
    async (c) => {
      const device = c.get('device');
      const query = c.req.valid('query');
      const body: IndicatorsResponse = await services.db.indicators(device.workspaceId, query);
      if (query.groupBy === 'device' && device.role !== 'owner') {
        body.groups = body.groups.filter(
          (group) => group.key !== null && parseDeviceKey(group.key)?.id === device.id,
        );
      }
      return c.json(body);
    },
  );
}

// GET /v1/indicators: the workspace's aggregates, by week, category, template or device.
import { Hono } from 'hono';
import { type IndicatorsResponse, indicatorsQuery } from '../../src/protocol/protocol';
import { authenticate } from '../auth';
import type { AppEnv, Services } from '../context';
import { validate } from '../errors';

/** The indicators route. */
export function indicatorsRoutes(services: Services) {
  return new Hono<AppEnv>().get(
    '/indicators',
    authenticate(services),
    validate('query', indicatorsQuery),
    async (c) => {
      const device = c.get('device');
      const body: IndicatorsResponse = await services.db.indicators(
        device.workspaceId,
        c.req.valid('query'),
        services.timeZone,
      );
      return c.json(body);
    },
  );
}

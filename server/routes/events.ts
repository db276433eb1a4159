// POST /v1/events: a batch of indicator events, idempotent by event id.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type EventsResult, eventsBatch, MAX_BODY_BYTES } from '../../src/protocol/protocol';
import { authenticate } from '../auth';
import type { AppEnv, Services } from '../context';
import { apiError, validate } from '../errors';

/** The ingest route. */
export function eventsRoutes(services: Services) {
  return new Hono<AppEnv>().post(
    '/events',
    authenticate(services),
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, `The body is larger than ${MAX_BODY_BYTES} bytes.`),
    }),
    validate('json', eventsBatch),
    async (c) => {
      const device = c.get('device');
      const { events } = c.req.valid('json');
      const result: EventsResult = await services.db.insertEvents(
        device.workspaceId,
        device.id,
        events,
      );
      return c.json(result);
    },
  );
}

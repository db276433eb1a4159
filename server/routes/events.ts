// POST /v1/events: a batch of indicator events, idempotent by event id within the workspace.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  type EventsResult,
  eventsBatchAt,
  type IndicatorEvent,
  MAX_BODY_BYTES,
} from '../../src/protocol/protocol';
import { authenticate } from '../auth';
import type { AppEnv, Services } from '../context';
import type { AuthDevice } from '../db/types';
import { apiError, validate } from '../errors';

/**
 * The retractions of the batch that name another device's stored event while the sender is not
 * an owner, as API issues. Only the author or an owner may retract an event. A retraction whose
 * event the server does not hold yet is stored, and counts only if that event turns out to be
 * the sender's (checked again when it arrives, see applyRetractionsSql).
 */
async function refusedRetractions(
  services: Services,
  device: AuthDevice,
  events: IndicatorEvent[],
) {
  if (device.role === 'owner') return [];
  const retractions = events.flatMap((event, index) =>
    event.type === 'retraction' ? [{ index, target: event.retracts }] : [],
  );
  if (retractions.length === 0) return [];
  const authors = await services.db.eventAuthors(
    device.workspaceId,
    retractions.map((r) => r.target),
  );
  return retractions
    .filter((r) => authors.has(r.target) && authors.get(r.target) !== device.id)
    .map((r) => ({
      path: ['events', r.index, 'retracts'],
      code: 'forbidden',
      message: 'Only the device that sent an event, or the owner, may retract it',
    }));
}

/** The ingest route. */
export function eventsRoutes(services: Services) {
  const batch = eventsBatchAt(() => services.now().getTime());
  return new Hono<AppEnv>().post(
    '/events',
    authenticate(services),
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => apiError(c, 413, `The body is larger than ${MAX_BODY_BYTES} bytes.`),
    }),
    validate('json', batch),
    async (c) => {
      const device = c.get('device');
      const { events } = c.req.valid('json');
      // The budget counts events, not requests: 500-event batches at the request rate would
      // otherwise let one phone write thousands of rows a second.
      const wait = services.eventLimiter?.take(device.id, events.length) ?? 0;
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        return apiError(c, 429, `This device sent too many events; retry in ${wait} s.`);
      }
      const issues = await refusedRetractions(services, device, events);
      if (issues.length > 0) {
        return apiError(c, 400, 'A retraction names an event this device may not retract.', {
          issues,
        });
      }
      const result = await services.db.insertEvents(
        device.workspaceId,
        device.id,
        events,
        services.maxWorkspaceEvents,
      );
      if (result === 'full') {
        const max = services.maxWorkspaceEvents.toLocaleString('en-US');
        return apiError(
          c,
          409,
          `This workspace stores at most ${max} events and cannot take these; nothing was stored.`,
          { code: 'workspace_full' },
        );
      }
      const body: EventsResult = result;
      return c.json(body);
    },
  );
}

// The HTTP API (and, given a folder, the built app) as a Hono app. Tests call `app.request()`.
import { Hono } from 'hono';
import type { HealthResponse } from '../src/protocol/protocol';
import { clientAddressReader } from './clientAddress';
import { DEFAULT_MAX_WORKSPACE_EVENTS } from './config';
import type { AppEnv, Services } from './context';
import { watchHealth } from './db/health';
import type { Database } from './db/types';
import { classifyError } from './dbErrors';
import { apiError, errorHandler } from './errors';
import { securityHeaders } from './headers';
import { type Log, requestLog } from './log';
import { DEFAULT_EVENT_LIMIT, DEFAULT_RATE_LIMIT, type RateLimit, TokenBuckets } from './rateLimit';
import { eventsRoutes } from './routes/events';
import { indicatorsRoutes } from './routes/indicators';
import { ownerRoutes } from './routes/owner';
import { pairRoutes } from './routes/pair';
import { setupRoutes } from './routes/setup';
import { mountStatic } from './static';

// Pairing is rare; this only slows down anyone guessing codes from one address.
const PAIR_LIMIT: RateLimit = { perSecond: 1, burst: 20 };
// A device whose token is refused retries with back-off; more than this from one address is a
// guess or a flood, and each costs a lookup.
const AUTH_FAILURE_LIMIT: RateLimit = { perSecond: 2, burst: 30 };

/** What the app is built from; everything but the database has a default. */
export interface AppDeps {
  db: Database;
  /** Wall clock (default: the system's). */
  now?: () => Date;
  /** Per-token limit (default 20/s, burst 40); false disables every limit (bench). */
  rateLimit?: RateLimit | false;
  /** Per-device event budget (default 50/s, burst 5,000); false disables it. */
  eventLimit?: RateLimit | false;
  /** Most events a workspace may store (default 2,000,000). */
  maxWorkspaceEvents?: number;
  /** Trusted reverse proxies in front (X-Forwarded-For; default 0). */
  trustProxy?: number;
  /** Monotonic clock in ms for the limits (default performance.now). */
  monotonic?: () => number;
  /** Folder of the built PWA to serve besides the API (none by default). */
  staticDir?: string;
  /** Where request logs go (default: nowhere). */
  log?: Log;
}

/** Builds the Hono app: API under /v1, then the static app, errors always as JSON. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const log = deps.log ?? (() => {});
  const limits = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
  const events = limits && (deps.eventLimit ?? DEFAULT_EVENT_LIMIT);
  const buckets = (limit: RateLimit | false) =>
    limit ? new TokenBuckets(limit, deps.monotonic) : null;
  const health = watchHealth(deps.db, deps.monotonic);
  const services: Services = {
    db: health.db,
    now: deps.now ?? (() => new Date()),
    limiter: buckets(limits),
    eventLimiter: buckets(events),
    pairLimiter: buckets(limits && PAIR_LIMIT),
    authFailures: buckets(limits && AUTH_FAILURE_LIMIT),
    maxWorkspaceEvents: deps.maxWorkspaceEvents ?? DEFAULT_MAX_WORKSPACE_EVENTS,
    clientAddress: clientAddressReader(deps.trustProxy ?? 0),
  };

  const app = new Hono<AppEnv>();
  app.use(requestLog(log));
  app.use(securityHeaders);
  app.get('/v1/health', async (c) => {
    try {
      await health.check(); // no ping when a query succeeded within the last second
    } catch (error) {
      const { cause } = classifyError(error);
      log({ time: new Date().toISOString(), level: 'error', path: c.req.path, status: 503, cause });
      return apiError(c, 503, 'The database does not answer.');
    }
    const body: HealthResponse = { status: 'ok', db: deps.db.kind };
    return c.json(body);
  });
  app.route('/v1', pairRoutes(services));
  app.route('/v1', setupRoutes(services));
  app.route('/v1', eventsRoutes(services));
  app.route('/v1', indicatorsRoutes(services));
  app.route('/v1', ownerRoutes(services));
  if (deps.staticDir) mountStatic(app, deps.staticDir);
  app.notFound((c) =>
    c.req.path === '/v1' || c.req.path.startsWith('/v1/')
      ? apiError(c, 404, `No API route ${c.req.method} ${c.req.path}.`)
      : c.text('Not found', 404),
  );
  app.onError(errorHandler(log));
  return app;
}

// The HTTP API (and, given a folder, the built app) as a Hono app. Tests call `app.request()`.
import { Hono } from 'hono';
import type { HealthResponse } from '../src/protocol/protocol';
import type { AppEnv, Services } from './context';
import type { Database } from './db/types';
import { apiError, errorHandler } from './errors';
import { type Log, requestLog } from './log';
import { DEFAULT_RATE_LIMIT, type RateLimit, TokenBuckets } from './rateLimit';
import { eventsRoutes } from './routes/events';
import { indicatorsRoutes } from './routes/indicators';
import { ownerRoutes } from './routes/owner';
import { pairRoutes } from './routes/pair';
import { mountStatic } from './static';

// Pairing is rare; this only slows down anyone guessing codes from one address.
const PAIR_LIMIT: RateLimit = { perSecond: 1, burst: 20 };

/** What the app is built from; everything but the database has a default. */
export interface AppDeps {
  db: Database;
  /** Wall clock (default: the system's). */
  now?: () => Date;
  /** Zone of indicator days and weeks (default Europe/Paris). */
  timeZone?: string;
  /** Per-token limit (default 20/s, burst 40); false disables limits (bench). */
  rateLimit?: RateLimit | false;
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
  const services: Services = {
    db: deps.db,
    now: deps.now ?? (() => new Date()),
    timeZone: deps.timeZone ?? 'Europe/Paris',
    limiter: limits ? new TokenBuckets(limits, deps.monotonic) : null,
    pairLimiter: limits ? new TokenBuckets(PAIR_LIMIT, deps.monotonic) : null,
  };

  const app = new Hono<AppEnv>();
  app.use(requestLog(log));
  app.get('/v1/health', async (c) => {
    try {
      await deps.db.ping();
    } catch (error) {
      log({
        time: new Date().toISOString(),
        level: 'error',
        path: c.req.path,
        error: String(error),
      });
      return apiError(c, 503, 'The database does not answer.');
    }
    const body: HealthResponse = { status: 'ok', db: deps.db.kind };
    return c.json(body);
  });
  app.route('/v1', pairRoutes(services));
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

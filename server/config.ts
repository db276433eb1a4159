// The server's settings, from environment variables, checked once at start-up.
import { MAX_BATCH } from '../src/domain/limits';
import { DEFAULT_EVENT_LIMIT, DEFAULT_RATE_LIMIT, type RateLimit } from './rateLimit';

/** Everything main.ts and the CLI need to know. */
export interface Config {
  host: string;
  port: number;
  /** Embedded database folder (PGlite), used when no databaseUrl is set. */
  dataDir: string;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  timeZone: string;
  /** Folder of the built app. */
  staticDir: string;
  /** Requests per token, or false (no limit). */
  rateLimit: RateLimit | false;
  /** Events per device, or false (no limit). */
  eventLimit: RateLimit | false;
  /** Most events one workspace may store. */
  maxWorkspaceEvents: number;
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (0: none). */
  trustProxy: number;
  /** Open connections at most, overall and per client address (0: no per-address cap). */
  maxConnections: number;
  maxConnectionsPerAddress: number;
}

/** The default cap on a workspace's events: decades of a busy team's indicators. */
export const DEFAULT_MAX_WORKSPACE_EVENTS = 2_000_000;

/** A whole number from the environment, or `fallback` when unset; throws when out of range. */
function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`Bad ${name}: ${raw} (a whole number ≥ ${min}).`);
  }
  return value;
}

/** A rate and its burst from two variables; a rate of 0 turns the limit off. */
function rate(
  env: NodeJS.ProcessEnv,
  names: [string, string],
  fallback: RateLimit,
  minBurst: number,
): RateLimit | false {
  const perSecond = Number(env[names[0]] || fallback.perSecond);
  const defaultBurst = env[names[0]] ? Math.max(perSecond * 2, minBurst) : fallback.burst;
  const burst = Number(env[names[1]] || defaultBurst);
  if (!(perSecond >= 0) || (perSecond > 0 && !(burst >= minBurst))) {
    throw new Error(
      `Bad ${names[0]} or ${names[1]}: a rate per second ≥ 0, a burst ≥ ${minBurst}.`,
    );
  }
  return perSecond === 0 ? false : { perSecond, burst };
}

/** Reads the environment variables listed in server/README.md. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = whole(env, 'PORT', 8080);
  if (port > 65535) throw new Error(`Bad PORT: ${env.PORT}`);
  const timeZone = env.TZ || 'Europe/Paris';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`Bad TZ: ${timeZone} is not an IANA time zone (e.g. Europe/Paris).`);
  }
  const trustProxy = whole(env, 'TRUST_PROXY', 0);
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: env.DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || undefined,
    timeZone,
    staticDir: env.STATIC_DIR || 'dist',
    rateLimit: rate(env, ['RATE_LIMIT', 'RATE_BURST'], DEFAULT_RATE_LIMIT, 1),
    // A burst below a full batch would refuse full batches for ever.
    eventLimit: rate(env, ['EVENT_LIMIT', 'EVENT_BURST'], DEFAULT_EVENT_LIMIT, MAX_BATCH),
    maxWorkspaceEvents: whole(env, 'MAX_WORKSPACE_EVENTS', DEFAULT_MAX_WORKSPACE_EVENTS, 1),
    trustProxy,
    maxConnections: whole(env, 'MAX_CONNECTIONS', 800, 1),
    // Behind a proxy every connection comes from the proxy: the cap is the proxy's to apply.
    maxConnectionsPerAddress: whole(env, 'MAX_CONNECTIONS_PER_ADDRESS', trustProxy ? 0 : 64),
  };
}

// The server's settings, from environment variables, checked once at start-up.
import type { RateLimit } from './rateLimit';

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
  rateLimit: RateLimit | false;
}

/** Reads HOST, PORT, DATA_DIR, DATABASE_URL, TZ, STATIC_DIR, RATE_LIMIT and RATE_BURST. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Bad PORT: ${env.PORT}`);
  const timeZone = env.TZ || 'Europe/Paris';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`Bad TZ: ${timeZone} is not an IANA time zone (e.g. Europe/Paris).`);
  }
  // RATE_LIMIT=0 disables the per-token limit (benchmarks); the default is 20/s, burst 40.
  const perSecond = Number(env.RATE_LIMIT ?? 20);
  const burst = Number(env.RATE_BURST ?? perSecond * 2);
  if (!(perSecond >= 0) || (perSecond > 0 && !(burst >= 1))) {
    throw new Error('Bad RATE_LIMIT or RATE_BURST: numbers of requests per second, burst ≥ 1.');
  }
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir: env.DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || undefined,
    timeZone,
    staticDir: env.STATIC_DIR || 'dist',
    rateLimit: perSecond === 0 ? false : { perSecond, burst },
  };
}

// What every route receives: the database, the clocks and the limits (all injectable for tests).
import type { AuthDevice, Database } from './db/types';
import type { TokenBuckets } from './rateLimit';

/** The services the routes share, built once by createApp. */
export interface Services {
  db: Database;
  /** Wall clock: pairing expiry, last seen, revocation. */
  now: () => Date;
  /** IANA zone in which indicator days and weeks are counted. */
  timeZone: string;
  /** Per-token request limit, or null when disabled. */
  limiter: TokenBuckets | null;
  /** Per-client limit on pairing attempts, or null when disabled. */
  pairLimiter: TokenBuckets | null;
}

/** Hono variables: the authenticated device, set by `authenticate`. */
export type AppEnv = { Variables: { device: AuthDevice } };

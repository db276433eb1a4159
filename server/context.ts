// What every route receives: the database, the clocks and the limits (all injectable for tests).
import type { Context } from 'hono';
import type { AuthDevice, Database } from './db/types';
import type { TokenBuckets } from './rateLimit';

/** The services the routes share, built once by createApp. */
export interface Services {
  db: Database;
  /** Wall clock: pairing expiry, last seen, revocation, events dated in the future. */
  now: () => Date;
  /** Per-token request limit, or null when disabled. */
  limiter: TokenBuckets | null;
  /** Per-device event budget, or null when disabled. */
  eventLimiter: TokenBuckets | null;
  /** Per-client limit on pairing and setup attempts, or null when disabled. */
  pairLimiter: TokenBuckets | null;
  /** Per-client limit on failed token checks, or null when disabled. */
  authFailures: TokenBuckets | null;
  /** Most events a workspace may store. */
  maxWorkspaceEvents: number;
  /** The address of the client that sent a request (X-Forwarded-For read per TRUST_PROXY). */
  clientAddress: (c: Context) => string;
}

/** Hono variables: the authenticated device and its token's hash, set by `authenticate`. */
export type AppEnv = { Variables: { device: AuthDevice } };

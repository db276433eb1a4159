// Token buckets in memory, one per key (a token's hash, a device, or a client address).
// Per instance by design: several instances behind a balancer each allow the configured rate.

/** A sustained rate with a burst allowance (of requests, or of events). */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** The default per-token limit: 20 requests/s sustained, bursts of 40. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 20, burst: 40 };

/**
 * The default per-device event budget: 50 events/s sustained (180,000 an hour), bursts of 5,000
 * (ten full batches: a phone back from weeks offline sends its outbox at once).
 */
export const DEFAULT_EVENT_LIMIT: RateLimit = { perSecond: 50, burst: 5000 };

const MAX_KEYS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets keyed by string; `now` is a monotonic clock in milliseconds. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Takes `cost` tokens for `key` (at most the burst): 0 if allowed, else the whole seconds to
   * wait (Retry-After) before that many are there; nothing is taken then.
   */
  take(key: string, cost = 1): number {
    const wait = this.peek(key, cost);
    if (wait === 0) this.bucket(key).tokens -= Math.min(cost, this.limit.burst);
    return wait;
  }

  /** Like `take`, without taking anything. */
  peek(key: string, cost = 1): number {
    const need = Math.min(cost, this.limit.burst);
    const { tokens } = this.bucket(key);
    return tokens >= need ? 0 : Math.max(1, Math.ceil((need - tokens) / this.limit.perSecond));
  }

  /** The key's bucket, refilled up to now. */
  private bucket(key: string): Bucket {
    const now = this.now();
    const { perSecond, burst } = this.limit;
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
      bucket.at = now;
    } else {
      if (this.buckets.size >= MAX_KEYS) this.sweep(now);
      bucket = { tokens: burst, at: now };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Forgets buckets that have refilled: they behave exactly like new ones. */
  private sweep(now: number): void {
    const { perSecond, burst } = this.limit;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * perSecond >= burst) this.buckets.delete(key);
    }
  }
}

// Token buckets in memory, one per key (a token's hash, or a client address for pairing).
// Per instance by design: several instances behind a balancer each allow the configured rate.

/** A sustained rate with a burst allowance. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** The default per-token limit: 20 requests/s sustained, bursts of 40. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 20, burst: 40 };

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

  /** Takes one token for `key`: 0 if allowed, else the whole seconds to wait (Retry-After). */
  take(key: string): number {
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
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  /** Forgets buckets that have refilled: they behave exactly like new ones. */
  private sweep(now: number): void {
    const { perSecond, burst } = this.limit;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * perSecond >= burst) this.buckets.delete(key);
    }
  }
}

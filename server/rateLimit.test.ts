import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rateLimit';

describe('TokenBuckets', () => {
  it('allows the burst, then the sustained rate, and says how long to wait', () => {
    let ms = 0;
    const buckets = new TokenBuckets({ perSecond: 20, burst: 40 }, () => ms);
    for (let i = 0; i < 40; i++) expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
    expect(buckets.take('b')).toBe(0);
    ms += 50; // one token back
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(1);
    ms += 60_000; // refilled to the burst, not beyond
    for (let i = 0; i < 40; i++) expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeGreaterThan(0);
  });

  it('gives a Retry-After in whole seconds for slow rates', () => {
    const buckets = new TokenBuckets({ perSecond: 0.25, burst: 1 }, () => 0);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(4);
  });
});

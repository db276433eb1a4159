import { describe, expect, it } from 'vitest';
import { BACKOFF, backoffDelay } from './backoff';

const low = () => 0;
const high = () => 0.999_999;

describe('backoffDelay', () => {
  it('doubles from 2 s and stops at 5 min', () => {
    const steps = Array.from({ length: 12 }, (_, attempt) => backoffDelay(attempt, high));
    expect(steps.slice(0, 8)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000,
    ]);
    expect(steps.slice(8)).toEqual([300_000, 300_000, 300_000, 300_000]);
  });

  it('draws each delay between half and all of its step', () => {
    for (let attempt = 0; attempt < 15; attempt += 1) {
      const step = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** attempt);
      expect(backoffDelay(attempt, low)).toBe(step / 2);
      expect(backoffDelay(attempt, high)).toBeLessThanOrEqual(step);
      expect(backoffDelay(attempt, high)).toBeGreaterThan(step * 0.99);
      for (let i = 0; i < 50; i += 1) {
        const delay = backoffDelay(attempt, Math.random);
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
      }
    }
  });

  it('spreads phones that failed together', () => {
    const delays = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map((r) => backoffDelay(3, () => r)));
    expect(delays.size).toBe(5);
  });

  it("never retries before the server's Retry-After", () => {
    expect(backoffDelay(0, high, 30_000)).toBe(30_000);
    expect(backoffDelay(10, low, 1_000)).toBe(150_000);
    // A Retry-After past an hour is read as a mistake: an hour at most.
    expect(backoffDelay(0, low, 24 * 3_600_000)).toBe(3_600_000);
  });
});

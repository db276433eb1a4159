// Retry timing after a failed push. Exponential, capped, with "equal jitter": the delay is drawn
// between half and all of the step, so a team whose phones lost the same server do not all come
// back in the same second, and no retry ever comes sooner than half the step.

/** First step, and the cap of the steps. */
export const BACKOFF = { baseMs: 2_000, maxMs: 5 * 60_000 } as const;

/** The longest Retry-After honoured; anything longer is read as a server mistake. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * Delay before retry number `attempt` (0 for the first retry after a failure): a random point of
 * [step / 2, step] where step = min(max, base × 2^attempt); never sooner than the server's
 * Retry-After. `random` returns a number in [0, 1), like Math.random.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  retryAfterMs: number | null = null,
): number {
  const step = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** Math.max(0, attempt));
  const jittered = Math.round(step / 2 + random() * (step / 2));
  if (retryAfterMs === null) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

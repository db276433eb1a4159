// The bench's load generators (autocannon): batches of fresh events, indicator queries, health.
import autocannon, { type Options } from 'autocannon';
import { v7 } from 'uuid';
import { TIME_CATEGORIES } from '../../src/domain/categories';
import { GROUP_BY } from '../../src/domain/sync';
import type { IndicatorEvent } from '../../src/protocol/protocol';

/** What one load run measured. */
export interface Run {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  ok: number;
  /** 429s: refused by the rate limits (expected when they are on). */
  limited: number;
  /** Anything else: errors, timeouts, other statuses. */
  failures: number;
}

/**
 * `n` fresh indicator events dated now, as a phone sends them (time-ordered UUIDv7 ids): mostly
 * minutes saved, some ratings and validations.
 */
export function freshEvents(n: number): IndicatorEvent[] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: n }, (_, i): IndicatorEvent => {
    const id = v7();
    if (i % 10 === 0) return { id, type: 'rating', occurredAt, stars: 1 + (i % 5) };
    if (i % 10 === 1) return { id, type: 'document_validated', occurredAt, templateId: 'review-5' };
    const category = TIME_CATEGORIES[i % TIME_CATEGORIES.length]!;
    return { id, type: 'time_saved', occurredAt, minutes: 1 + (i % 60), category };
  });
}

/** Counts the statuses autocannon saw. */
function statuses(stats: Record<string, { count: number }>) {
  const count = (code: string) => stats[code]?.count ?? 0;
  const total = Object.values(stats).reduce((sum, s) => sum + s.count, 0);
  return { ok: count('200'), limited: count('429'), other: total - count('200') - count('429') };
}

/** Load options shared by every run. */
interface Load {
  base: string;
  seconds: number;
  connections: number;
  overallRate?: number;
}

async function measure(options: Options): Promise<Run> {
  const result = await autocannon(options);
  const counted = statuses(result.statusCodeStats ?? {});
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: counted.ok,
    limited: counted.limited,
    failures: counted.other + result.errors + result.timeouts,
  };
}

/** POST /v1/events with `perRequest` fresh events each time. */
export function pushLoad(load: Load, token: string, perRequest: number): Promise<Run> {
  return measure({
    url: `${load.base}/v1/events`,
    connections: load.connections,
    duration: load.seconds,
    ...(load.overallRate ? { overallRate: load.overallRate } : {}),
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ events: freshEvents(perRequest) }),
        }),
      },
    ],
  });
}

/** GET /v1/indicators over [from, to], each grouping in turn (as a dashboard asks). */
export function indicatorsLoad(load: Load, token: string, from: string, to: string): Promise<Run> {
  let next = 0;
  return measure({
    url: `${load.base}/v1/indicators`,
    connections: load.connections,
    duration: load.seconds,
    ...(load.overallRate ? { overallRate: load.overallRate } : {}),
    headers: { Authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (request) => {
          const groupBy = GROUP_BY[next++ % GROUP_BY.length];
          return { ...request, path: `/v1/indicators?from=${from}&to=${to}&groupBy=${groupBy}` };
        },
      },
    ],
  });
}

/** GET /v1/health at a steady rate. */
export function healthLoad(load: Load): Promise<Run> {
  return measure({
    url: `${load.base}/v1/health`,
    connections: load.connections,
    duration: load.seconds,
    ...(load.overallRate ? { overallRate: load.overallRate } : {}),
  });
}

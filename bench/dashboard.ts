// Dashboard speed (budget: ≤ 100 ms for 10,000 entries on a slow phone, design.md), measured in
// Node over deterministic data. Not a test: it reports numbers for `npm run bench`.
import { performance } from 'node:perf_hooks';
import type { Rating, TimeEntry } from '../src/db/schema';
import { TIME_CATEGORIES } from '../src/domain/categories';
import { computeDashboard } from '../src/features/timelog/aggregate';

/** How long `computeDashboard` takes over a large history, in milliseconds. */
export interface DashboardTiming {
  entries: number;
  ratings: number;
  medianMs: number;
  maxMs: number;
}

const ENTRIES = 10_000;
const RATINGS = 2_000;
const RUNS = 20;
const WARM_UP = 5;
const NOW = Date.parse('2026-11-18T10:00:00+01:00');
const TWO_YEARS = 2 * 365 * 24 * 3_600_000;
const TEMPLATE_IDS = ['review-thanks', 'review-delay', 'post-before-after', 'post-tip', 'quote'];

/** Mulberry32: a small seeded PRNG, so every run measures the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An element of a non-empty list, picked with `random`. */
function pick<T>(list: readonly T[], random: () => number): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** 10,000 entries and 2,000 ratings spread over the two years before NOW, in storage order. */
function history(): { entries: TimeEntry[]; ratings: Rating[] } {
  const random = prng(20_261_118);
  const entries: TimeEntry[] = Array.from({ length: ENTRIES }, (_, i) => {
    const auto = random() < 0.6;
    return {
      id: `entry-${i}`,
      occurredAt: NOW - Math.floor(random() * TWO_YEARS),
      minutes: 1 + Math.floor(random() * 60),
      category: pick(TIME_CATEGORIES, random),
      source: auto ? 'auto' : 'manual',
      ...(auto ? { templateId: pick(TEMPLATE_IDS, random), documentId: `doc-${i}` } : {}),
    };
  });
  const ratings: Rating[] = Array.from({ length: RATINGS }, (_, i) => ({
    id: `rating-${i}`,
    occurredAt: NOW - Math.floor(random() * TWO_YEARS),
    stars: pick([1, 2, 3, 4, 5] as const, random),
    source: random() < 0.7 ? 'review' : 'job',
  }));
  // Stored entries come oldest first (the occurredAt index).
  entries.sort((a, b) => a.occurredAt - b.occurredAt);
  ratings.sort((a, b) => a.occurredAt - b.occurredAt);
  return { entries, ratings };
}

/** Times `computeDashboard` RUNS times after a warm-up; returns the median and worst run. */
export function measureDashboard(): DashboardTiming {
  const { entries, ratings } = history();
  for (let i = 0; i < WARM_UP; i += 1) computeDashboard(entries, ratings, NOW, 126);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    computeDashboard(entries, ratings, NOW, 126);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    entries: entries.length,
    ratings: ratings.length,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
  };
}

// The time-saved dashboard, computed in one pass over the entries. Pure: no DOM, no storage.
// Weeks are ISO weeks (Monday 00:00 to Sunday 23:59) in the device's time zone; every boundary is
// built from local date fields, so weeks and months stay whole across daylight-saving changes.
import type { Rating, TimeEntry } from '../../db/schema';
import type { TimeCategory } from '../../domain/categories';
import { startOfIsoWeek } from '../../lib/week';

/** Minutes saved in one ISO week; `start` is its local Monday 00:00. */
export interface WeekTotal {
  start: number;
  minutes: number;
}

/** Minutes saved in one calendar month (`month` 1–12). */
export interface MonthTotal {
  year: number;
  month: number;
  minutes: number;
}

/** Everything the time-saved dashboard shows. */
export interface Dashboard {
  weekMinutes: number;
  goalMinutes: number;
  /** The last 12 ISO weeks including the current one, oldest first, zeros included. */
  weeks: WeekTotal[];
  /** The last 6 calendar months including the current one, oldest first. */
  months: MonthTotal[];
  /** Non-zero categories only, most minutes first. */
  byCategory: Array<{ category: TimeCategory; minutes: number }>;
  /** Entries with a template, most minutes first. */
  byTemplate: Array<{ templateId: string; minutes: number; count: number }>;
  /** recent = the last 4 ISO weeks including the current one; previous = the 4 before. */
  ratings: {
    count: number;
    average: number | null;
    recentAverage: number | null;
    previousAverage: number | null;
    trend: 'up' | 'down' | 'flat' | null;
  };
  totalMinutes: number;
  since: number | null;
}

const WEEKS = 12;
const MONTHS = 6;
const RATING_WEEKS = 4;
/** Below this difference of average stars the trend is flat (with room for float error). */
const FLAT = 0.1 - 1e-9;

/** Index of the last boundary <= `at` (boundaries ascending), or -1 when `at` is before them all. */
function slot(boundaries: readonly number[], at: number): number {
  let low = 0;
  let high = boundaries.length - 1;
  if (at < (boundaries[0] ?? Infinity)) return -1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((boundaries[mid] ?? Infinity) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Week starts: the last WEEKS Mondays, oldest first, then the next Monday (the end). */
function weekBoundaries(now: number): number[] {
  const monday = new Date(startOfIsoWeek(now));
  const y = monday.getFullYear();
  const m = monday.getMonth();
  const d = monday.getDate();
  return Array.from({ length: WEEKS + 1 }, (_, i) =>
    new Date(y, m, d + 7 * (i - WEEKS + 1)).getTime(),
  );
}

/** Month starts: the first day of the last MONTHS months, oldest first, then the next month. */
function monthBoundaries(now: number): Date[] {
  const today = new Date(now);
  return Array.from(
    { length: MONTHS + 1 },
    (_, i) => new Date(today.getFullYear(), today.getMonth() + i - MONTHS + 1, 1),
  );
}

/** Average stars of a sum and a count, or null when there is nothing to average. */
const average = (sum: number, count: number): number | null => (count > 0 ? sum / count : null);

/** The dashboard's figures for `now`, from every entry and rating (in any order). */
export function computeDashboard(
  entries: readonly TimeEntry[],
  ratings: readonly Rating[],
  now: number,
  goalMinutes: number,
): Dashboard {
  const weekStarts = weekBoundaries(now);
  const monthStarts = monthBoundaries(now);
  const monthTimes = monthStarts.map((date) => date.getTime());
  const weekMinutes = new Array<number>(WEEKS).fill(0);
  const monthMinutes = new Array<number>(MONTHS).fill(0);
  const categories = new Map<TimeCategory, number>();
  const templates = new Map<string, { minutes: number; count: number }>();
  let totalMinutes = 0;
  let since = Infinity;

  for (const entry of entries) {
    const { occurredAt, minutes } = entry;
    totalMinutes += minutes;
    if (occurredAt < since) since = occurredAt;
    const week = slot(weekStarts, occurredAt);
    if (week >= 0 && week < WEEKS) weekMinutes[week] = (weekMinutes[week] ?? 0) + minutes;
    const month = slot(monthTimes, occurredAt);
    if (month >= 0 && month < MONTHS) monthMinutes[month] = (monthMinutes[month] ?? 0) + minutes;
    categories.set(entry.category, (categories.get(entry.category) ?? 0) + minutes);
    if (entry.templateId) {
      const total = templates.get(entry.templateId);
      if (total) {
        total.minutes += minutes;
        total.count += 1;
      } else templates.set(entry.templateId, { minutes, count: 1 });
    }
  }

  const recentFrom = weekStarts[WEEKS - RATING_WEEKS] ?? 0;
  const previousFrom = weekStarts[WEEKS - 2 * RATING_WEEKS] ?? 0;
  const end = weekStarts[WEEKS] ?? 0;
  let sum = 0;
  let recentSum = 0;
  let recentCount = 0;
  let previousSum = 0;
  let previousCount = 0;
  for (const { occurredAt, stars } of ratings) {
    sum += stars;
    if (occurredAt >= recentFrom && occurredAt < end) {
      recentSum += stars;
      recentCount += 1;
    } else if (occurredAt >= previousFrom && occurredAt < recentFrom) {
      previousSum += stars;
      previousCount += 1;
    }
  }
  const recentAverage = average(recentSum, recentCount);
  const previousAverage = average(previousSum, previousCount);
  let trend: Dashboard['ratings']['trend'] = null;
  if (recentAverage !== null && previousAverage !== null) {
    const diff = recentAverage - previousAverage;
    trend = Math.abs(diff) < FLAT ? 'flat' : diff > 0 ? 'up' : 'down';
  }

  return {
    weekMinutes: weekMinutes[WEEKS - 1] ?? 0,
    goalMinutes,
    weeks: weekMinutes.map((minutes, i) => ({ start: weekStarts[i] ?? 0, minutes })),
    months: monthMinutes.map((minutes, i) => {
      const start = monthStarts[i] ?? new Date(now);
      return { year: start.getFullYear(), month: start.getMonth() + 1, minutes };
    }),
    byCategory: [...categories]
      .filter(([, minutes]) => minutes > 0)
      .map(([category, minutes]) => ({ category, minutes }))
      .sort((a, b) => b.minutes - a.minutes || a.category.localeCompare(b.category)),
    byTemplate: [...templates]
      .map(([templateId, total]) => ({ templateId, ...total }))
      .sort((a, b) => b.minutes - a.minutes || a.templateId.localeCompare(b.templateId)),
    ratings: {
      count: ratings.length,
      average: average(sum, ratings.length),
      recentAverage,
      previousAverage,
      trend,
    },
    totalMinutes,
    since: entries.length > 0 ? since : null,
  };
}

/** Entries grouped by local day (newest day first), for the entries list. */
export function groupByDay(
  entries: readonly TimeEntry[],
): Array<{ day: number; minutes: number; entries: TimeEntry[] }> {
  const sorted = [...entries].sort((a, b) => b.occurredAt - a.occurredAt);
  const days: Array<{ day: number; minutes: number; entries: TimeEntry[] }> = [];
  let current: { day: number; minutes: number; entries: TimeEntry[] } | undefined;
  let nextDay = -Infinity;
  for (const entry of sorted) {
    // Newest first: a new day starts when an entry falls before the current day's midnight.
    if (!current || entry.occurredAt < current.day || entry.occurredAt >= nextDay) {
      const date = new Date(entry.occurredAt);
      const y = date.getFullYear();
      const m = date.getMonth();
      const d = date.getDate();
      current = { day: new Date(y, m, d).getTime(), minutes: 0, entries: [] };
      nextDay = new Date(y, m, d + 1).getTime();
      days.push(current);
    }
    current.minutes += entry.minutes;
    current.entries.push(entry);
  }
  return days;
}

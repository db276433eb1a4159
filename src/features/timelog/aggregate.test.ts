import { describe, expect, it } from 'vitest';
import type { Rating, TimeEntry } from '../../db/schema';
import type { TimeCategory } from '../../domain/categories';
import { computeDashboard, groupByDay } from './aggregate';

// Instants carry their Europe/Paris offset; the suite runs with TZ=Europe/Paris.
const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-11-18T10:00:00+01:00'); // a Wednesday

let n = 0;
/** A fresh id for each test record. */
const nextId = (prefix: string) => {
  n += 1;
  return `${prefix}${n}`;
};
const entry = (
  iso: string,
  minutes: number,
  category: TimeCategory = 'other',
  templateId?: string,
): TimeEntry => ({
  id: nextId('e'),
  occurredAt: at(iso),
  minutes,
  category,
  source: templateId ? 'auto' : 'manual',
  ...(templateId ? { templateId } : {}),
});
const rating = (iso: string, stars: Rating['stars']): Rating => ({
  id: nextId('r'),
  occurredAt: at(iso),
  stars,
  source: 'review',
});
/** The week totals keyed by the local date of their Monday. */
const weekly = (entries: TimeEntry[], now: number) =>
  Object.fromEntries(
    computeDashboard(entries, [], now, 0).weeks.map((w) => [
      new Date(w.start).toLocaleDateString('sv'),
      w.minutes,
    ]),
  );

describe('computeDashboard', () => {
  it('gives zeros, no averages and no start date for an empty history', () => {
    const dashboard = computeDashboard([], [], NOW, 126);
    expect(dashboard).toMatchObject({
      weekMinutes: 0,
      goalMinutes: 126,
      byCategory: [],
      byTemplate: [],
      ratings: {
        count: 0,
        average: null,
        recentAverage: null,
        previousAverage: null,
        trend: null,
      },
      totalMinutes: 0,
      since: null,
    });
    expect(dashboard.weeks.map((w) => w.minutes)).toEqual(new Array(12).fill(0));
    expect(dashboard.months.map((m) => m.minutes)).toEqual(new Array(6).fill(0));
  });

  it('lists the last 12 ISO weeks to the current one, starting on local Mondays at midnight', () => {
    const { weeks } = computeDashboard([entry('2026-09-10T12:00:00+02:00', 7)], [], NOW, 0);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]?.start).toBe(at('2026-08-31T00:00:00+02:00'));
    expect(weeks[11]?.start).toBe(at('2026-11-16T00:00:00+01:00'));
    // Across the change to winter time on 25 October, the week starts move from +02:00 to +01:00.
    expect(weeks[7]?.start).toBe(at('2026-10-19T00:00:00+02:00'));
    expect(weeks[8]?.start).toBe(at('2026-10-26T00:00:00+01:00'));
    expect(weeks.map((w) => w.minutes)).toEqual([0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('puts Sunday 23:59 in its week and Monday 00:00 in the next', () => {
    const entries = [
      entry('2026-11-15T23:59:00+01:00', 1),
      entry('2026-11-16T00:00:00+01:00', 10),
      entry('2026-11-22T23:59:00+01:00', 20),
      entry('2026-11-23T00:00:00+01:00', 100), // next week: after now, counted in the total only
    ];
    const dashboard = computeDashboard(entries, [], NOW, 0);
    expect(dashboard.weekMinutes).toBe(30);
    expect(weekly(entries, NOW)).toMatchObject({ '2026-11-09': 1, '2026-11-16': 30 });
    expect(dashboard.totalMinutes).toBe(131);
  });

  it('keeps the week of the change to summer time whole (last Sunday of March)', () => {
    const entries = [
      entry('2026-03-23T00:00:00+01:00', 1), // Monday, winter time
      entry('2026-03-29T01:30:00+01:00', 2), // Sunday before the change
      entry('2026-03-29T23:59:00+02:00', 4), // Sunday 23:59, summer time
      entry('2026-03-30T00:00:00+02:00', 100), // next Monday
    ];
    const totals = weekly(entries, at('2026-04-01T12:00:00+02:00'));
    expect(totals).toMatchObject({ '2026-03-16': 0, '2026-03-23': 7, '2026-03-30': 100 });
  });

  it('keeps the week of the change to winter time whole (last Sunday of October)', () => {
    const entries = [
      entry('2026-10-18T23:59:00+02:00', 1), // Sunday of the week before
      entry('2026-10-19T00:00:00+02:00', 2), // Monday, summer time
      entry('2026-10-25T02:30:00+02:00', 4), // the repeated hour, first time
      entry('2026-10-25T02:30:00+01:00', 8), // the repeated hour, second time
      entry('2026-10-25T23:59:00+01:00', 16), // Sunday 23:59, winter time
      entry('2026-10-26T00:00:00+01:00', 100), // next Monday
    ];
    const now = at('2026-10-25T12:00:00+01:00');
    expect(weekly(entries, now)).toMatchObject({ '2026-10-12': 1, '2026-10-19': 30 });
    expect(computeDashboard(entries, [], now, 0).weekMinutes).toBe(30);
    expect(weekly(entries, at('2026-10-26T00:00:00+01:00'))).toMatchObject({ '2026-10-26': 100 });
  });

  it('totals the last 6 calendar months, cut at local midnight on the 1st', () => {
    const entries = [
      entry('2026-05-31T23:59:00+02:00', 1000), // before the six months
      entry('2026-06-01T00:00:00+02:00', 1),
      entry('2026-10-31T23:59:00+01:00', 2),
      entry('2026-11-01T00:00:00+01:00', 4),
    ];
    expect(computeDashboard(entries, [], NOW, 0).months).toEqual([
      { year: 2026, month: 6, minutes: 1 },
      { year: 2026, month: 7, minutes: 0 },
      { year: 2026, month: 8, minutes: 0 },
      { year: 2026, month: 9, minutes: 0 },
      { year: 2026, month: 10, minutes: 2 },
      { year: 2026, month: 11, minutes: 4 },
    ]);
    const january = [entry('2026-12-31T23:59:00+01:00', 3), entry('2027-01-01T00:00:00+01:00', 5)];
    const months = computeDashboard(january, [], at('2027-01-10T12:00:00+01:00'), 0).months;
    expect(months.map((m) => `${m.year}-${m.month}:${m.minutes}`)).toEqual([
      '2026-8:0',
      '2026-9:0',
      '2026-10:0',
      '2026-11:0',
      '2026-12:3',
      '2027-1:5',
    ]);
  });

  it('breaks minutes down by category and template, most first, since the first entry', () => {
    const entries = [
      entry('2026-11-17T09:00:00+01:00', 10, 'quotes', 'quote'),
      entry('2025-01-02T09:00:00+01:00', 5, 'communication', 'post-tip'),
      entry('2026-11-10T09:00:00+01:00', 30, 'communication', 'post-tip'),
      entry('2026-11-11T09:00:00+01:00', 20, 'doe'),
    ];
    const dashboard = computeDashboard(entries, [], NOW, 0);
    expect(dashboard.byCategory).toEqual([
      { category: 'communication', minutes: 35 },
      { category: 'doe', minutes: 20 },
      { category: 'quotes', minutes: 10 },
    ]);
    expect(dashboard.byTemplate).toEqual([
      { templateId: 'post-tip', minutes: 35, count: 2 },
      { templateId: 'quote', minutes: 10, count: 1 },
    ]);
    expect(dashboard.totalMinutes).toBe(65);
    expect(dashboard.since).toBe(at('2025-01-02T09:00:00+01:00'));
  });

  describe('rating trend', () => {
    // Recent: the weeks from Monday 26 October to now; previous: from Monday 28 September.
    const recent = (stars: Rating['stars']) => rating('2026-10-26T00:00:00+01:00', stars);
    const previous = (stars: Rating['stars']) => rating('2026-10-25T23:59:00+01:00', stars);
    const trend = (ratings: Rating[]) => computeDashboard([], ratings, NOW, 0).ratings;

    it('compares the last 4 weeks with the 4 before', () => {
      const older = rating('2026-09-27T23:59:00+02:00', 1); // before both: the overall average only
      expect(trend([older, previous(3), recent(5), recent(4)])).toEqual({
        count: 4,
        average: 13 / 4,
        recentAverage: 4.5,
        previousAverage: 3,
        trend: 'up',
      });
      expect(trend([previous(5), recent(2)]).trend).toBe('down');
    });

    it('is flat under 0.1 star of difference and up from 0.1', () => {
      const fours = Array.from({ length: 10 }, () => previous(4));
      const nineFours = Array.from({ length: 9 }, () => recent(4));
      expect(trend([...fours, ...nineFours, recent(5)]).trend).toBe('up'); // 4.1 vs 4
      const nineteenFours = Array.from({ length: 19 }, () => recent(4));
      expect(trend([...fours, ...nineteenFours, recent(5)]).trend).toBe('flat'); // 4.05 vs 4
    });

    it('has no trend without ratings on both sides', () => {
      expect(trend([recent(5)])).toMatchObject({ previousAverage: null, trend: null });
      expect(trend([previous(5)])).toMatchObject({ recentAverage: null, trend: null });
    });
  });
});

describe('groupByDay', () => {
  it('groups by local day, newest day first, including a 25-hour day', () => {
    const entries = [
      entry('2026-10-25T00:30:00+02:00', 1),
      entry('2026-10-26T00:00:00+01:00', 2),
      entry('2026-10-25T23:59:00+01:00', 4),
      entry('2026-10-24T23:59:00+02:00', 8),
    ];
    const days = groupByDay(entries);
    expect(days.map((d) => [d.day, d.minutes])).toEqual([
      [at('2026-10-26T00:00:00+01:00'), 2],
      [at('2026-10-25T00:00:00+02:00'), 5],
      [at('2026-10-24T00:00:00+02:00'), 8],
    ]);
    expect(days[1]?.entries.map((e) => e.minutes)).toEqual([4, 1]);
    expect(groupByDay([])).toEqual([]);
  });
});

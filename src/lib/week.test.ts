import { describe, expect, it } from 'vitest';
import { startOfIsoWeek, startOfNextIsoWeek } from './week';

// These tests run in the Europe/Paris time zone (`TZ=Europe/Paris vitest run`). Instants are
// written with their explicit UTC offset, so each expectation states the wall-clock time and the
// offset in force: +01:00 in winter (CET), +02:00 in summer (CEST).
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('the test environment', () => {
  it('runs in the Europe/Paris time zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Paris');
    expect(new Date(at('2026-01-15T12:00:00Z')).getTimezoneOffset()).toBe(-60);
    expect(new Date(at('2026-07-15T12:00:00Z')).getTimezoneOffset()).toBe(-120);
  });
});

describe('startOfIsoWeek', () => {
  it('returns Monday at local midnight for any time of the week', () => {
    const monday = at('2026-11-16T00:00:00+01:00');
    for (const time of [
      '2026-11-16T00:00:00+01:00',
      '2026-11-16T09:30:00+01:00',
      '2026-11-18T12:00:00+01:00',
      '2026-11-21T18:45:00+01:00',
      '2026-11-22T23:59:59+01:00',
    ]) {
      expect(startOfIsoWeek(at(time))).toBe(monday);
    }
  });

  it('puts Sunday at 23:59 in the week that began six days before', () => {
    expect(startOfIsoWeek(at('2026-11-22T23:59:00+01:00'))).toBe(at('2026-11-16T00:00:00+01:00'));
    expect(startOfIsoWeek(at('2026-11-22T23:59:59.999+01:00'))).toBe(
      at('2026-11-16T00:00:00+01:00'),
    );
  });

  it('starts a new week at 00:00 on Monday', () => {
    expect(startOfIsoWeek(at('2026-11-23T00:00:00+01:00'))).toBe(at('2026-11-23T00:00:00+01:00'));
  });

  it('uses the local day, not the UTC day', () => {
    // Monday 00:30 in Paris is still Sunday 23:30 in UTC.
    expect(startOfIsoWeek(at('2026-11-23T00:30:00+01:00'))).toBe(at('2026-11-23T00:00:00+01:00'));
    // Sunday 23:30 in Paris (summer) is already Sunday 21:30 UTC: same local week as the Monday.
    expect(startOfIsoWeek(at('2026-07-19T23:30:00+02:00'))).toBe(at('2026-07-13T00:00:00+02:00'));
  });

  it('crosses the year boundary like ISO weeks do', () => {
    // Friday 1 January 2027 belongs to the week that began on Monday 28 December 2026.
    expect(startOfIsoWeek(at('2027-01-01T12:00:00+01:00'))).toBe(at('2026-12-28T00:00:00+01:00'));
  });

  describe('across the last Sunday of March (clocks go from 02:00 to 03:00)', () => {
    // Sunday 29 March 2026: the week began on Monday 23 March, still in winter time.
    const weekStart = at('2026-03-23T00:00:00+01:00');

    it('keeps Sunday, before and after the change, in the week begun in winter time', () => {
      for (const time of [
        '2026-03-29T00:00:00+01:00',
        '2026-03-29T01:59:59+01:00',
        '2026-03-29T03:00:00+02:00',
        '2026-03-29T12:00:00+02:00',
        '2026-03-29T23:59:00+02:00',
      ]) {
        expect(startOfIsoWeek(at(time))).toBe(weekStart);
      }
    });

    it('starts the next week at local midnight in summer time', () => {
      const nextMonday = at('2026-03-30T00:00:00+02:00');
      expect(startOfIsoWeek(nextMonday)).toBe(nextMonday);
      expect(startOfIsoWeek(at('2026-04-01T10:00:00+02:00'))).toBe(nextMonday);
      expect(startOfNextIsoWeek(at('2026-03-29T23:59:00+02:00'))).toBe(nextMonday);
    });

    it('makes that week one hour short', () => {
      expect(startOfNextIsoWeek(weekStart) - weekStart).toBe(167 * HOUR);
    });
  });

  describe('across the last Sunday of October (clocks go from 03:00 back to 02:00)', () => {
    // Sunday 25 October 2026: the week began on Monday 19 October, still in summer time.
    const weekStart = at('2026-10-19T00:00:00+02:00');

    it('keeps Sunday, including the repeated hour, in the week begun in summer time', () => {
      for (const time of [
        '2026-10-25T00:00:00+02:00',
        '2026-10-25T02:30:00+02:00',
        '2026-10-25T02:30:00+01:00',
        '2026-10-25T12:00:00+01:00',
        '2026-10-25T23:59:00+01:00',
      ]) {
        expect(startOfIsoWeek(at(time))).toBe(weekStart);
      }
    });

    it('starts the next week at local midnight in winter time', () => {
      const nextMonday = at('2026-10-26T00:00:00+01:00');
      expect(startOfIsoWeek(nextMonday)).toBe(nextMonday);
      expect(startOfIsoWeek(at('2026-10-26T00:00:00+01:00') - 1)).toBe(weekStart);
      expect(startOfNextIsoWeek(at('2026-10-25T23:59:00+01:00'))).toBe(nextMonday);
    });

    it('makes that week one hour long', () => {
      expect(startOfNextIsoWeek(weekStart) - weekStart).toBe(169 * HOUR);
    });
  });
});

describe('startOfNextIsoWeek', () => {
  it('returns the following Monday at local midnight', () => {
    expect(startOfNextIsoWeek(at('2026-11-16T00:00:00+01:00'))).toBe(
      at('2026-11-23T00:00:00+01:00'),
    );
    expect(startOfNextIsoWeek(at('2026-11-22T23:59:00+01:00'))).toBe(
      at('2026-11-23T00:00:00+01:00'),
    );
    expect(startOfNextIsoWeek(at('2026-12-30T08:00:00+01:00'))).toBe(
      at('2027-01-04T00:00:00+01:00'),
    );
  });

  it('is the start of the week right after, so weeks tile time without gap or overlap', () => {
    const time = at('2026-06-10T15:00:00+02:00');
    const next = startOfNextIsoWeek(time);
    expect(startOfIsoWeek(next)).toBe(next);
    expect(startOfIsoWeek(next - 1)).toBe(startOfIsoWeek(time));
  });
});

describe('every half hour of 2026 and 2027', () => {
  it('falls in a week that starts on a Monday at 00:00 local time and lasts 167 to 169 hours', () => {
    const end = at('2028-01-01T00:00:00+01:00');
    const wrong: string[] = [];
    let previousStart = Number.NEGATIVE_INFINITY;
    for (let time = at('2026-01-01T00:00:00+01:00'); time < end; time += HOUR / 2) {
      const start = startOfIsoWeek(time);
      const next = startOfNextIsoWeek(time);
      const startDate = new Date(start);
      const ok =
        startDate.getDay() === 1 &&
        startDate.getHours() === 0 &&
        startDate.getMinutes() === 0 &&
        startDate.getSeconds() === 0 &&
        startDate.getMilliseconds() === 0 &&
        start <= time &&
        time < next &&
        [167, 168, 169].includes((next - start) / HOUR) &&
        start >= previousStart;
      if (!ok) wrong.push(`${new Date(time).toString()} → ${startDate.toString()}`);
      previousStart = start;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

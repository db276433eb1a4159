import { describe, expect, it } from 'vitest';
import { csvFileName, GOAL_MINUTES, goalPercent, parseMinutes } from './timelogRules';

describe('parseMinutes', () => {
  it('reads whole minutes from 1 to 1440', () => {
    expect(parseMinutes('23')).toBe(23);
    expect(parseMinutes(' 1 ')).toBe(1);
    expect(parseMinutes('1440')).toBe(1440);
    expect(parseMinutes('1 440')).toBe(1440);
    expect(parseMinutes('1\u202f440')).toBe(1440);
  });

  it('refuses what is not a whole number of minutes in range', () => {
    for (const text of ['', ' ', '0', '1441', '-5', '2,5', '2.5', '1e3', 'abc', '12 min']) {
      expect(parseMinutes(text), text).toBeNull();
    }
  });

  it('takes other bounds (the weekly goal)', () => {
    expect(parseMinutes('126', GOAL_MINUTES)).toBe(126);
    expect(parseMinutes('10080', GOAL_MINUTES)).toBe(10080);
    expect(parseMinutes('10081', GOAL_MINUTES)).toBeNull();
  });
});

describe('csvFileName', () => {
  it('names the file after the local day', () => {
    expect(csvFileName(new Date(2025, 10, 3, 23, 59).getTime())).toBe(
      'etabli-temps-gagne-2025-11-03.csv',
    );
    expect(csvFileName(new Date(2026, 0, 1, 0, 0).getTime())).toBe(
      'etabli-temps-gagne-2026-01-01.csv',
    );
  });
});

describe('goalPercent', () => {
  it('rounds and caps at 100', () => {
    expect(goalPercent(43, 126)).toBe(34);
    expect(goalPercent(300, 126)).toBe(100);
    expect(goalPercent(0, 126)).toBe(0);
  });
});

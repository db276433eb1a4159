import { describe, expect, it } from 'vitest';
import {
  csvFileName,
  GOAL_MINUTES,
  goalPercent,
  parseGoal,
  parseMinutes,
  splitGoal,
} from './timelogRules';

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

describe('parseGoal', () => {
  it('reads hours and minutes into minutes, an empty box counting as 0', () => {
    expect(parseGoal('2', '6')).toBe(126);
    expect(parseGoal('2', '')).toBe(120);
    expect(parseGoal('', '45')).toBe(45);
    expect(parseGoal(' 3 ', '0')).toBe(180);
    expect(parseGoal('168', '0')).toBe(GOAL_MINUTES.max);
    expect(parseGoal('0', '1')).toBe(GOAL_MINUTES.min);
  });

  it('says which box is wrong', () => {
    for (const hours of ['-1', '2,5', '2.5', 'deux', '169', '2 h']) {
      expect(parseGoal(hours, '0'), hours).toBe('hours');
    }
    for (const minutes of ['60', '-5', '7.5', 'abc']) {
      expect(parseGoal('1', minutes), minutes).toBe('minutes');
    }
  });

  it('refuses a goal of nothing, or of more than a week', () => {
    expect(parseGoal('', '')).toBe('range');
    expect(parseGoal('0', '0')).toBe('range');
    expect(parseGoal('168', '1')).toBe('range');
  });
});

describe('splitGoal', () => {
  it('shows minutes as hours and minutes, the way parseGoal reads them back', () => {
    expect(splitGoal(126)).toEqual({ hours: 2, minutes: 6 });
    expect(splitGoal(45)).toEqual({ hours: 0, minutes: 45 });
    for (const goal of [1, 59, 60, 126, 10080]) {
      const { hours, minutes } = splitGoal(goal);
      expect(parseGoal(String(hours), String(minutes))).toBe(goal);
    }
  });
});

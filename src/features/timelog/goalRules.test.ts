import { describe, expect, it } from 'vitest';
import { parseGoal, splitGoal } from './goalRules';
import { GOAL_MINUTES } from './timelogRules';

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

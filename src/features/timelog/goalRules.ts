import { GOAL_MINUTES } from './timelogRules';

// The weekly goal as the artisan types it (hours and minutes), apart from timelogRules: Home
// reads that module in its first chunk, and only the goal editor needs these.

/** What is wrong with a weekly goal typed as hours and minutes. */
export type GoalProblem = 'hours' | 'minutes' | 'range';

/** The most hours a weekly goal can hold (a whole week). */
export const GOAL_MAX_HOURS = GOAL_MINUTES.max / 60;

/**
 * Reads a weekly goal typed as hours and minutes (an empty box counts as 0) into minutes, or
 * says what is wrong: hours that are not a whole number up to a week, minutes beyond 0–59, or a
 * total outside GOAL_MINUTES (nothing typed at all included).
 */
export function parseGoal(hours: string, minutes: string): number | GoalProblem {
  const whole = (text: string, max: number) => {
    const compact = text.replace(/[\s\u00a0\u202f]/g, '');
    if (compact === '') return 0;
    return /^\d+$/.test(compact) && Number(compact) <= max ? Number(compact) : null;
  };
  const h = whole(hours, GOAL_MAX_HOURS);
  if (h === null) return 'hours';
  const m = whole(minutes, 59);
  if (m === null) return 'minutes';
  const total = h * 60 + m;
  return total >= GOAL_MINUTES.min && total <= GOAL_MINUTES.max ? total : 'range';
}

/** A goal in minutes as the two boxes of the goal editor show it: 126 → 2 h and 6 min. */
export function splitGoal(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

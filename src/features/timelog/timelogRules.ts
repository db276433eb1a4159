import { ENTRY_MINUTES } from '../../domain/limits';

export { ENTRY_MINUTES };
/** Bounds of the weekly goal, in minutes (a whole week at most). */
export const GOAL_MINUTES = { min: 1, max: 10080 } as const;

/**
 * Reads a whole number of minutes typed by the artisan, within `bounds`; null when it is not
 * one (empty, decimal, out of range). Spaces are allowed ("1 440" as French writes it).
 */
export function parseMinutes(
  text: string,
  bounds: { min: number; max: number } = ENTRY_MINUTES,
): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(compact)) return null;
  const value = Number(compact);
  return value >= bounds.min && value <= bounds.max ? value : null;
}

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

/** The CSV file's name for a given day (local date), e.g. `etabli-temps-gagne-2025-11-03.csv`. */
export function csvFileName(at: number): string {
  const d = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `etabli-temps-gagne-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.csv`;
}

/** How far a figure went towards a goal, as a whole percentage capped at 100. */
export function goalPercent(minutes: number, goal: number): number {
  if (goal <= 0) return 100;
  return Math.min(100, Math.round((minutes / goal) * 100));
}

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

/** The time-saved categories shared by the logger, the dashboard, sync and the server. */
export const TIME_CATEGORIES = [
  'communication',
  'customer-relations',
  'quotes',
  'doe',
  'planning',
  'other',
] as const;

/** One time-saved category. */
export type TimeCategory = (typeof TIME_CATEGORIES)[number];

/** Whether `value` is a time-saved category. */
export function isTimeCategory(value: unknown): value is TimeCategory {
  return (TIME_CATEGORIES as readonly unknown[]).includes(value);
}

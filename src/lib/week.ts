/** Start (local midnight, Monday) of the ISO week holding `at`, in the device's time zone. */
export function startOfIsoWeek(at: number): number {
  const d = new Date(at);
  const daysSinceMonday = (d.getDay() + 6) % 7;
  // Building the date from its fields keeps local midnight right across daylight-saving changes.
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysSinceMonday).getTime();
}

/** Start of the ISO week after the one holding `at`. */
export function startOfNextIsoWeek(at: number): number {
  const start = new Date(startOfIsoWeek(at));
  return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7).getTime();
}

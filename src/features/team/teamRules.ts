import type { TimeCategory } from '../../domain/categories';
import { parseDeviceKey } from '../../protocol/codes';
import type { IndicatorGroup } from '../../protocol/protocol';
import type { PairError } from '../../sync/pairing';
import type { SyncErrorKind } from '../../sync/state';

// Pure rules of the Team screen: which words name which state, how figures become rows.

/** Kinds of device a default name can say, from the browser's user agent. */
export type DeviceKind = 'iphone' | 'ipad' | 'android' | 'other';

/**
 * The kind of this device, for a default name the artisan can change. Deliberately nothing from
 * the company profile: the device name is sent to the server, the profile never is.
 */
export function deviceKind(userAgent: string): DeviceKind {
  if (/iPhone/.test(userAgent)) return 'iphone';
  if (/iPad/.test(userAgent)) return 'ipad';
  if (/Android/.test(userAgent)) return 'android';
  return 'other';
}

/** The key (in `team`) explaining why pairing failed. */
export function pairErrorKey(error: PairError, via: 'pair' | 'setup' = 'pair'): string {
  switch (error.kind) {
    case 'codeFormat':
    case 'nameMissing':
    case 'nameCharacters':
    case 'teamNameMissing':
    case 'teamNameCharacters':
    case 'offline':
    case 'rateLimited':
      return `team:pairErrors.${error.kind}`;
    case 'unauthorized':
      return via === 'setup' ? 'team:pairErrors.setupUnknown' : 'team:pairErrors.unauthorized';
    case 'invalid':
      // The server refused the body: almost always a code it does not know.
      if (error.status === 404) return pairErrorKey({ kind: 'unauthorized' }, via);
      return 'team:pairErrors.codeFormat';
    default:
      return 'team:pairErrors.other';
  }
}

/** The key (in `team`) naming a sync failure. */
export function syncErrorKey(kind: SyncErrorKind | 'notPaired'): string {
  return `team:syncErrors.${kind}`;
}

/** One row of a team breakdown. */
export interface Row {
  key: string;
  label: string;
  minutes: number;
  ratings: number;
  ratingAvg: number | null;
}

/** Rows of groups that hold something, largest first, labelled by `label` (null key → `none`). */
export function breakdownRows(
  groups: readonly IndicatorGroup[],
  label: (key: string) => string,
  none: string,
): Row[] {
  return groups
    .filter((group) => group.minutes > 0 || group.ratings > 0)
    .map((group) => ({
      key: group.key ?? '',
      label: group.key === null ? none : label(group.key),
      minutes: group.minutes,
      ratings: group.ratings,
      ratingAvg: group.ratingAvg,
    }))
    .sort((a, b) => b.minutes - a.minutes || a.label.localeCompare(b.label));
}

/**
 * One row per week of the range (Monday keys, YYYY-MM-DD), oldest first, weeks without events
 * at zero, so the chart never hides a quiet week.
 */
export function weekRows(groups: readonly IndicatorGroup[], from: string, weeks: number) {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: weeks }, (_, i) => {
    const monday = new Date(year, month - 1, day + 7 * i);
    const key = `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, '0')}-${String(monday.getDate()).padStart(2, '0')}`;
    const group = byKey.get(key);
    return {
      key,
      monday: monday.getTime(),
      minutes: group?.minutes ?? 0,
      ratings: group?.ratings ?? 0,
      ratingAvg: group?.ratingAvg ?? null,
    };
  });
}

/** The name of a device from its group key ("<name> (<id>)"), and whether it is this one. */
export function deviceLabel(key: string, ownId: string): { name: string; self: boolean } {
  const parsed = parseDeviceKey(key);
  return parsed ? { name: parsed.name, self: parsed.id === ownId } : { name: key, self: false };
}

/** Whether a group key is one of the time categories (the server may know newer ones). */
export function isCategory(key: string, categories: readonly TimeCategory[]): key is TimeCategory {
  return (categories as readonly string[]).includes(key);
}

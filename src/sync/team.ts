import { readMeta, writeMeta } from '../db/meta';
import { GROUP_BY } from '../domain/sync';
import { startOfIsoWeek } from '../lib/week';
import type {
  DeviceInfo,
  GroupBy,
  IndicatorGroup,
  IndicatorsResponse,
  PairingCreated,
} from '../protocol/protocol';
import type { ApiError, ApiResult, SyncApi } from './api';
import { markNeedsPairing, type Pairing, readPairing, SYNC_KEYS } from './state';

// What the Team screen asks the server, through the stored token. Failures are thrown as
// `TeamRequestError` (TanStack Query's error channel) holding the value the UI names.

/** A failed team request, with the reason the UI shows. */
export class TeamRequestError extends Error {
  constructor(readonly reason: ApiError | { kind: 'notPaired' }) {
    super(`Team request failed: ${reason.kind}`);
  }
}

/** The team's figures over the last weeks, as the dashboard shows them. */
export interface TeamIndicators {
  workspaceId: string;
  from: string;
  to: string;
  groups: Record<GroupBy, IndicatorGroup[]>;
  totals: IndicatorsResponse['totals'];
  /** When the server gave these figures (ms). */
  fetchedAt: number;
}

/** Figures to show, and whether they are today's answer or the last one kept on the device. */
export interface IndicatorsView {
  indicators: TeamIndicators;
  fresh: boolean;
  /** Why fresh figures could not be had (when `fresh` is false). */
  error: ApiError | null;
}

/** Weeks the dashboard covers, this one included. */
export const DASHBOARD_WEEKS = 12;

const pad = (value: number) => String(value).padStart(2, '0');
/** A local calendar day as YYYY-MM-DD. */
export function localDay(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The inclusive range of days of the last `weeks` ISO weeks up to today. */
export function weeksRange(now: number, weeks = DASHBOARD_WEEKS): { from: string; to: string } {
  const monday = new Date(startOfIsoWeek(now));
  const first = new Date(
    monday.getFullYear(),
    monday.getMonth(),
    monday.getDate() - 7 * (weeks - 1),
  );
  return { from: localDay(first.getTime()), to: localDay(now) };
}

async function paired(): Promise<Pairing> {
  const pairing = await readPairing();
  if (!pairing || pairing.needsPairing) throw new TeamRequestError({ kind: 'notPaired' });
  return pairing;
}

/** Unwraps a result; a 401 marks the pairing as needing a new code. */
async function unwrap<T>(result: ApiResult<T>): Promise<T> {
  if (result.ok) return result.value;
  if (result.error.kind === 'unauthorized') await markNeedsPairing();
  throw new TeamRequestError(result.error);
}

/**
 * The team's figures: fresh from the server when it answers (and then kept in `meta`), else the
 * last figures kept for this workspace, marked as such; an error only when there are none.
 */
export async function loadIndicators(
  api: Pick<SyncApi, 'indicators'>,
  now: number,
): Promise<IndicatorsView> {
  const pairing = await paired();
  const range = weeksRange(now);
  const results = await Promise.all(
    GROUP_BY.map((groupBy) => api.indicators(pairing.token, { ...range, groupBy })),
  );
  const failed = results.find((result) => !result.ok);
  if (!failed) {
    const values = results.map((result) => (result as { value: IndicatorsResponse }).value);
    const indicators: TeamIndicators = {
      workspaceId: pairing.workspace.id,
      ...range,
      groups: Object.fromEntries(
        GROUP_BY.map((groupBy, i) => [groupBy, values[i]?.groups ?? []]),
      ) as Record<GroupBy, IndicatorGroup[]>,
      totals: values[0]!.totals,
      fetchedAt: now,
    };
    await writeMeta(SYNC_KEYS.indicators, indicators);
    return { indicators, fresh: true, error: null };
  }
  const error = (failed as { error: ApiError }).error;
  if (error.kind === 'unauthorized') await markNeedsPairing();
  const kept = await readMeta<TeamIndicators>(SYNC_KEYS.indicators);
  if (kept && kept.workspaceId === pairing.workspace.id) {
    return { indicators: kept, fresh: false, error };
  }
  throw new TeamRequestError(error);
}

/** Owner: the workspace's devices, the revoked ones last. */
export async function listDevices(api: Pick<SyncApi, 'devices'>): Promise<DeviceInfo[]> {
  const pairing = await paired();
  const devices = await unwrap(await api.devices(pairing.token));
  return [...devices].sort((a, b) => Number(a.revoked) - Number(b.revoked));
}

/** Owner: revokes a device; its token stops working at once. */
export async function revokeDevice(api: Pick<SyncApi, 'revokeDevice'>, id: string): Promise<void> {
  const pairing = await paired();
  await unwrap(await api.revokeDevice(pairing.token, id));
}

/** Owner: a new single-use code for a member's phone. */
export async function newMemberCode(api: Pick<SyncApi, 'createPairing'>): Promise<PairingCreated> {
  const pairing = await paired();
  return unwrap(await api.createPairing(pairing.token));
}

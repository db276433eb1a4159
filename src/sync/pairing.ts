import { db } from '../db/database';
import { trackSave } from '../db/pendingSaves';
import { DEVICE_NAME_MAX, nameProblem, WORKSPACE_NAME_MAX } from '../domain/names';
import { normalizePairingCode } from '../protocol/codes';
import type { PairResponse } from '../protocol/protocol';
import type { ApiError, ApiResult, SyncApi } from './api';
import { type Pairing, SYNC_KEYS, writePairing } from './state';

/**
 * Why pairing (or creating the team) failed: a code or name refused before any request, or the
 * server's answer.
 */
export type PairError =
  | { kind: 'codeFormat' }
  | { kind: 'nameMissing' }
  | { kind: 'nameCharacters' }
  | { kind: 'teamNameMissing' }
  | { kind: 'teamNameCharacters' }
  | ApiError;

/** What pairing or creating a team gives back. */
export type PairOutcome = { ok: true; pairing: Pairing } | { ok: false; error: PairError };

/**
 * The canonical form of a typed or scanned code (spaces and dashes dropped, upper case), or null
 * when it cannot be a pairing code. A scanned QR code may hold the code alone or a link ending
 * with `?code=…`.
 */
export function normalizeCode(input: string): string | null {
  const trimmed = input.trim();
  const fromLink = /[?&#]code=([^&#\s]+)/i.exec(trimmed)?.[1];
  return normalizePairingCode(fromLink ? decodeURIComponent(fromLink) : trimmed);
}

/** The device name as sent (trimmed, cut to the server's limit), or why it cannot be. */
function checkDeviceName(typed: string): { name: string } | { error: PairError } {
  const name = typed.trim().slice(0, DEVICE_NAME_MAX);
  const problem = nameProblem(name, DEVICE_NAME_MAX);
  if (problem === 'empty') return { error: { kind: 'nameMissing' } };
  if (problem === 'characters') return { error: { kind: 'nameCharacters' } };
  return { name };
}

/**
 * Pairs this device with a team workspace and stores the pairing (token included). Tracked as a
 * whole, request included: the code is single-use and the token is shown once, so an app update
 * must not reload the page between the server's answer and its write.
 */
export function pair(
  api: Pick<SyncApi, 'pair'>,
  input: { code: string; deviceName: string; now: number },
): Promise<PairOutcome> {
  return trackSave(
    (async (): Promise<PairOutcome> => {
      const code = normalizeCode(input.code);
      if (!code) return { ok: false, error: { kind: 'codeFormat' } };
      const device = checkDeviceName(input.deviceName);
      if ('error' in device) return { ok: false, error: device.error };
      return store(await api.pair(code, device.name), device.name, input.now);
    })(),
  );
}

/**
 * Creates the team on the server with its single-use setup code (printed by the server at its
 * first start, or by `npm run server -- setup-code`); this device becomes the owner. Tracked
 * like `pair`.
 */
export function createTeam(
  api: Pick<SyncApi, 'setup'>,
  input: { code: string; teamName: string; deviceName: string; now: number },
): Promise<PairOutcome> {
  return trackSave(
    (async (): Promise<PairOutcome> => {
      const code = normalizeCode(input.code);
      if (!code) return { ok: false, error: { kind: 'codeFormat' } };
      const teamName = input.teamName.trim().slice(0, WORKSPACE_NAME_MAX);
      const teamProblem = nameProblem(teamName, WORKSPACE_NAME_MAX);
      if (teamProblem === 'empty') return { ok: false, error: { kind: 'teamNameMissing' } };
      if (teamProblem === 'characters') {
        return { ok: false, error: { kind: 'teamNameCharacters' } };
      }
      const device = checkDeviceName(input.deviceName);
      if ('error' in device) return { ok: false, error: device.error };
      return store(await api.setup(code, teamName, device.name), device.name, input.now);
    })(),
  );
}

/** Keeps the server's answer to a pairing or a set-up as this device's pairing. */
async function store(
  result: ApiResult<PairResponse>,
  deviceName: string,
  now: number,
): Promise<PairOutcome> {
  if (!result.ok) return result;
  const { deviceId, token, role, workspace } = result.value;
  const pairing: Pairing = {
    token,
    deviceId,
    deviceName,
    role,
    workspace: { id: workspace.id, name: workspace.name },
    pairedAt: now,
  };
  // A new workspace: figures cached for another team must not be shown as this one's.
  await db.transaction('rw', db.meta, async () => {
    await writePairing(pairing);
    await db.meta.delete(SYNC_KEYS.indicators);
    await db.meta.delete(SYNC_KEYS.status);
  });
  return { ok: true, pairing };
}

/**
 * Forgets the pairing on this device (token, team figures). The outbox is kept: if the phone
 * joins a team again, what was logged meanwhile is sent then.
 */
export async function unpair(): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.delete(SYNC_KEYS.pairing);
    await db.meta.delete(SYNC_KEYS.indicators);
    await db.meta.delete(SYNC_KEYS.status);
  });
}

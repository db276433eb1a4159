import { db } from '../db/database';
import { trackSave } from '../db/pendingSaves';
import { normalizePairingCode } from '../protocol/codes';
import type { ApiError, SyncApi } from './api';
import { type Pairing, SYNC_KEYS, writePairing } from './state';

/** Why pairing failed: a code or name refused before any request, or the server's answer. */
export type PairError = { kind: 'codeFormat' } | { kind: 'nameMissing' } | ApiError;

/** Longest device name the server takes. */
export const DEVICE_NAME_MAX = 64;

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

/**
 * Pairs this device with a team workspace and stores the pairing (token included). Tracked as a
 * whole, request included: the code is single-use and the token is shown once, so an app update
 * must not reload the page between the server's answer and its write.
 */
export function pair(
  api: Pick<SyncApi, 'pair'>,
  input: { code: string; deviceName: string; now: number },
): Promise<{ ok: true; pairing: Pairing } | { ok: false; error: PairError }> {
  return trackSave(pairAndStore(api, input));
}

async function pairAndStore(
  api: Pick<SyncApi, 'pair'>,
  input: { code: string; deviceName: string; now: number },
): Promise<{ ok: true; pairing: Pairing } | { ok: false; error: PairError }> {
  const code = normalizeCode(input.code);
  if (!code) return { ok: false, error: { kind: 'codeFormat' } };
  const deviceName = input.deviceName.trim().slice(0, DEVICE_NAME_MAX);
  if (!deviceName) return { ok: false, error: { kind: 'nameMissing' } };
  const result = await api.pair(code, deviceName);
  if (!result.ok) return result;
  const { deviceId, token, role, workspace } = result.value;
  const pairing: Pairing = {
    token,
    deviceId,
    deviceName,
    role,
    workspace: { id: workspace.id, name: workspace.name },
    pairedAt: input.now,
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

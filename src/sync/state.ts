import { readMeta, updateMeta, writeMeta } from '../db/meta';
import type { Role } from '../protocol/protocol';

// What sync keeps on the device, in `meta`: the pairing (with its token) and the outcome of the
// last pushes. Every tab reads them from IndexedDB, so a pairing made in one tab holds in all.

/** Meta keys owned by sync. */
export const SYNC_KEYS = {
  pairing: 'sync.pairing',
  status: 'sync.status',
  indicators: 'sync.indicators',
} as const;

/** This device's membership of a team workspace. */
export interface Pairing {
  /** Bearer token, shown once by the server; it never leaves this device except to the server. */
  token: string;
  deviceId: string;
  deviceName: string;
  role: Role;
  workspace: { id: string; name: string };
  pairedAt: number;
  /** The server no longer knows the token (revoked device, reset server): pair again. */
  needsPairing?: boolean;
}

/** The kinds of failure the sync status can report. */
export type SyncErrorKind =
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'invalid'
  | 'tooLarge'
  | 'rateLimited'
  | 'server';

/** How the last pushes went. */
export interface SyncRecord {
  /** When a push last reached the server and was acknowledged. */
  lastSuccessAt: number | null;
  /** The last failure, cleared by the next success. */
  lastError: { kind: SyncErrorKind; at: number } | null;
}

/** The pairing, or null when this device is not in a team. */
export async function readPairing(): Promise<Pairing | null> {
  return (await readMeta<Pairing>(SYNC_KEYS.pairing)) ?? null;
}

/** Stores the pairing (a new one, or a change to it). */
export async function writePairing(pairing: Pairing | null): Promise<void> {
  await writeMeta(SYNC_KEYS.pairing, pairing);
}

/** Marks the pairing as refused by the server, keeping the workspace for the screen to name. */
export async function markNeedsPairing(): Promise<void> {
  await updateMeta<Pairing | null | undefined>(SYNC_KEYS.pairing, (pairing) =>
    pairing && !pairing.needsPairing ? { ...pairing, needsPairing: true } : pairing,
  );
}

/** The record of the last pushes. */
export async function readSyncRecord(): Promise<SyncRecord> {
  return (await readMeta<SyncRecord>(SYNC_KEYS.status)) ?? { lastSuccessAt: null, lastError: null };
}

/** Updates the record of the last pushes. */
export async function updateSyncRecord(patch: Partial<SyncRecord>): Promise<void> {
  await updateMeta<SyncRecord>(SYNC_KEYS.status, (record) => ({
    ...(record ?? { lastSuccessAt: null, lastError: null }),
    ...patch,
  }));
}

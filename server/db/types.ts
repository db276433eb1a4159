// The Database interface: every query the server runs, the same on PGlite and PostgreSQL.
import type {
  GroupBy,
  IndicatorEvent,
  IndicatorsResponse,
  Role,
} from '../../src/protocol/protocol';

/** The device a bearer token belongs to (never a revoked one). */
export interface AuthDevice {
  id: string;
  workspaceId: string;
  name: string;
  role: Role;
  lastSeenAt: Date | null;
}

/** A device as listed to the workspace's owner. */
export interface DeviceRow {
  id: string;
  name: string;
  role: Role;
  createdAt: Date;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
}

/** What redeeming a pairing code yields: the new device's role and its workspace. */
export interface Redeemed {
  role: Role;
  workspace: { id: string; name: string };
}

/** The storage the API needs; one implementation over drizzle serves both engines. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Throws unless the database answers. */
  ping(): Promise<void>;
  /** Creates a workspace. */
  createWorkspace(input: { id: string; name: string; now: Date }): Promise<void>;
  /** True when the workspace exists. */
  hasWorkspace(id: string): Promise<boolean>;
  /** Stores a pairing code by its hash. */
  createPairingCode(input: {
    codeHash: string;
    workspaceId: string;
    role: Role;
    now: Date;
    expiresAt: Date;
  }): Promise<void>;
  /** Atomically uses an unexpired, unused code and creates the device; null if no such code. */
  redeemPairingCode(input: {
    codeHash: string;
    now: Date;
    device: { id: string; name: string; tokenHash: string };
  }): Promise<Redeemed | null>;
  /** The unrevoked device holding this token hash, or null. */
  deviceByTokenHash(tokenHash: string): Promise<AuthDevice | null>;
  /** Records that the device was just seen. */
  touchDevice(id: string, now: Date): Promise<void>;
  /** The workspace's devices, oldest first. */
  listDevices(workspaceId: string): Promise<DeviceRow[]>;
  /** Revokes a device of the workspace; false when the workspace has no such device. */
  revokeDevice(workspaceId: string, deviceId: string, now: Date): Promise<boolean>;
  /** Inserts events, skipping ids already stored; counts both. */
  insertEvents(
    workspaceId: string,
    deviceId: string,
    events: readonly IndicatorEvent[],
  ): Promise<{ accepted: number; duplicates: number }>;
  /** The workspace's indicators over [from, to] (calendar days in `timeZone`). */
  indicators(
    workspaceId: string,
    query: { from: string; to: string; groupBy: GroupBy },
    timeZone: string,
  ): Promise<IndicatorsResponse>;
  /** Closes the connection (and releases the data folder's lock for PGlite). */
  close(): Promise<void>;
}

// The Database interface: every query the server runs, the same on PGlite and PostgreSQL.
import type {
  EventsResult,
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

/** A new device, with the hash of the token it was given. */
export interface NewDevice {
  id: string;
  name: string;
  tokenHash: string;
}

/** The storage the API needs; one implementation over drizzle serves both engines. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** The IANA zone indicator days are cut in (the indicator days were counted in it). */
  readonly timeZone: string;
  /** Throws unless the database answers. */
  ping(): Promise<void>;
  /**
   * Reads what the first requests after a start will need — the largest workspaces' indicator
   * days over the widest range, the end of their event index — so that those requests do not
   * wait for the disk while holding others (PGlite runs on the event loop). Before listening.
   */
  warmUp(): Promise<void>;
  /** Creates a workspace. */
  createWorkspace(input: { id: string; name: string; now: Date }): Promise<void>;
  /** True when the workspace exists. */
  hasWorkspace(id: string): Promise<boolean>;
  /** How many workspaces the server holds. */
  countWorkspaces(): Promise<number>;
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
    device: NewDevice;
  }): Promise<Redeemed | null>;
  /** Stores a setup code by its hash. */
  createSetupCode(input: { codeHash: string; now: Date; expiresAt: Date }): Promise<void>;
  /**
   * Atomically uses an unexpired, unused setup code, creates the workspace and its owner device;
   * null if no such code.
   */
  redeemSetupCode(input: {
    codeHash: string;
    now: Date;
    workspace: { id: string; name: string };
    device: NewDevice;
  }): Promise<Redeemed | null>;
  /** The unrevoked device holding this token hash, or null. */
  deviceByTokenHash(tokenHash: string): Promise<AuthDevice | null>;
  /** Records that the device was just seen. */
  touchDevice(id: string, now: Date): Promise<void>;
  /** The workspace's devices, oldest first. */
  listDevices(workspaceId: string): Promise<DeviceRow[]>;
  /**
   * Revokes a device of the workspace on behalf of device `by`; false when the workspace has no
   * such device or `by` is no longer active (two owners revoking each other: one wins).
   */
  revokeDevice(workspaceId: string, deviceId: string, now: Date, by: string): Promise<boolean>;
  /**
   * Inserts events, skipping ids the workspace already holds, and keeps its indicator days;
   * 'full' (and nothing stored) when the workspace would then hold more than `maxStored` events.
   */
  insertEvents(
    workspaceId: string,
    deviceId: string,
    events: readonly IndicatorEvent[],
    maxStored: number,
  ): Promise<EventsResult | 'full'>;
  /** The device that sent each of these events of the workspace (unknown ids are left out). */
  eventAuthors(workspaceId: string, ids: readonly string[]): Promise<Map<string, string>>;
  /** The workspace's indicators over [from, to] (calendar days in `timeZone`). */
  indicators(
    workspaceId: string,
    query: { from: string; to: string; groupBy: GroupBy },
  ): Promise<IndicatorsResponse>;
  /** Closes the connection (and releases the data folder's lock for PGlite). */
  close(): Promise<void>;
}

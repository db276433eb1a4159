// Workspace, pairing-code and setup-code operations shared by the CLI, the server and the API.
import { randomUUID } from 'node:crypto';
import type { Role } from '../src/protocol/protocol';
import type { Database } from './db/types';
import { issuePairingCode, PAIRING_CODE_TTL_MS } from './secrets';

/** Issues a single-use pairing code for the workspace, valid 24 h; only its hash is stored. */
export async function createPairing(
  db: Database,
  workspaceId: string,
  role: Role,
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const { display, hash } = issuePairingCode();
  const expiresAt = new Date(now.getTime() + PAIRING_CODE_TTL_MS);
  await db.createPairingCode({ codeHash: hash, workspaceId, role, now, expiresAt });
  return { code: display, expiresAt: expiresAt.toISOString() };
}

/** Creates a workspace and the pairing code that makes its first device the owner. */
export async function createWorkspace(
  db: Database,
  name: string,
  now: Date,
): Promise<{ workspaceId: string; ownerCode: string; expiresAt: string }> {
  const workspaceId = randomUUID();
  await db.createWorkspace({ id: workspaceId, name, now });
  const { code, expiresAt } = await createPairing(db, workspaceId, 'owner', now);
  return { workspaceId, ownerCode: code, expiresAt };
}

/**
 * Issues a single-use setup code, valid 24 h (only its hash is stored): typed in the app with a
 * team name, it creates a workspace whose owner is that phone (`POST /v1/setup`).
 */
export async function createSetupCode(
  db: Database,
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const { display, hash } = issuePairingCode();
  const expiresAt = new Date(now.getTime() + PAIRING_CODE_TTL_MS);
  await db.createSetupCode({ codeHash: hash, now, expiresAt });
  return { code: display, expiresAt: expiresAt.toISOString() };
}

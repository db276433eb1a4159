import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/database';
import { readMeta, writeMeta } from '../db/meta';
import { createApi } from './api';
import { createTeam, normalizeCode, pair, unpair } from './pairing';
import { readPairing, SYNC_KEYS } from './state';
import { createFakeServer, type FakeServer, seedOutbox } from './testing';

const NOW = Date.parse('2026-11-18T12:00:00+01:00');
const ANSWER = {
  deviceId: '01900000-0000-7000-8000-00000000d001',
  token: 'secret-token',
  role: 'member',
  workspace: { id: '01900000-0000-7000-8000-00000000a001', name: 'Boulangerie Karim' },
};
let server: FakeServer;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  server = createFakeServer();
});

const api = () => createApi({ fetch: server.fetch });

describe('normalizeCode', () => {
  it('trims, upper-cases and drops the dashes and spaces people type', () => {
    expect(normalizeCode('K7Q4MX2P9T')).toBe('K7Q4MX2P9T');
    expect(normalizeCode('  k7q4-mx2p-9t ')).toBe('K7Q4MX2P9T');
    expect(normalizeCode('k7q4 mx2p 9t\n')).toBe('K7Q4MX2P9T');
  });

  it('reads a code from a scanned link', () => {
    expect(normalizeCode('https://etabli.example/team?code=K7Q4-MX2P-9T')).toBe('K7Q4MX2P9T');
  });

  it('refuses what cannot be a code: wrong length, look-alike characters', () => {
    expect(normalizeCode('')).toBeNull();
    expect(normalizeCode('K7Q4-MX2P')).toBeNull();
    expect(normalizeCode('K7Q4-MX2P-9T2')).toBeNull();
    // O, 0, I, 1 and L are not in the alphabet.
    expect(normalizeCode('K7Q4-MX2P-0O')).toBeNull();
  });
});

describe('pair', () => {
  it('sends the normalised code and the name, and keeps the pairing', async () => {
    server.faults = [{ status: 201, body: ANSWER }];
    const result = await pair(api(), {
      code: ' k7q4-mx2p-9t',
      deviceName: '  Téléphone de Karim ',
      now: NOW,
    });
    expect(result.ok).toBe(true);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/pair',
      body: { code: 'K7Q4MX2P9T', deviceName: 'Téléphone de Karim' },
    });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(await readPairing()).toEqual({
      token: 'secret-token',
      deviceId: ANSWER.deviceId,
      deviceName: 'Téléphone de Karim',
      role: 'member',
      workspace: ANSWER.workspace,
      pairedAt: NOW,
    });
  });

  it('sends nothing for a code that cannot be one, or without a name', async () => {
    expect(await pair(api(), { code: 'ABC', deviceName: 'x', now: NOW })).toEqual({
      ok: false,
      error: { kind: 'codeFormat' },
    });
    expect(await pair(api(), { code: 'K7Q4MX2P9T', deviceName: '  ', now: NOW })).toEqual({
      ok: false,
      error: { kind: 'nameMissing' },
    });
    expect(
      await pair(api(), { code: 'K7Q4MX2P9T', deviceName: 'Léa\u202Eevil', now: NOW }),
    ).toEqual({ ok: false, error: { kind: 'nameCharacters' } });
    expect(server.requests).toHaveLength(0);
  });

  it('reports a refused code and stores nothing', async () => {
    server.faults = [{ status: 401, body: { error: 'unauthorized', message: 'Unknown code' } }];
    const result = await pair(api(), { code: 'K7Q4MX2P9T', deviceName: 'A', now: NOW });
    expect(result).toEqual({ ok: false, error: { kind: 'unauthorized' } });
    expect(await readPairing()).toBeNull();
  });

  it('forgets the figures and status of a previous team', async () => {
    await writeMeta(SYNC_KEYS.indicators, { workspaceId: 'old' });
    await writeMeta(SYNC_KEYS.status, { lastSuccessAt: 1, lastError: null });
    server.faults = [{ status: 201, body: ANSWER }];
    await pair(api(), { code: 'K7Q4MX2P9T', deviceName: 'A', now: NOW });
    expect(await readMeta(SYNC_KEYS.indicators)).toBeUndefined();
    expect(await readMeta(SYNC_KEYS.status)).toBeUndefined();
  });
});

describe('createTeam', () => {
  const OWNER = { ...ANSWER, role: 'owner' };

  it('sends the setup code, the team and the phone names, and keeps the owner pairing', async () => {
    server.faults = [{ status: 201, body: OWNER }];
    const result = await createTeam(api(), {
      code: 'k7q4 mx2p 9t',
      teamName: '  Boulangerie Karim ',
      deviceName: 'Téléphone de Karim',
      now: NOW,
    });
    expect(result.ok).toBe(true);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/setup',
      body: {
        code: 'K7Q4MX2P9T',
        workspaceName: 'Boulangerie Karim',
        deviceName: 'Téléphone de Karim',
      },
    });
    expect(await readPairing()).toMatchObject({ role: 'owner', workspace: ANSWER.workspace });
  });

  it('sends nothing without a team name, or with one holding control characters', async () => {
    const input = { code: 'K7Q4MX2P9T', deviceName: 'A', now: NOW };
    expect(await createTeam(api(), { ...input, teamName: ' ' })).toEqual({
      ok: false,
      error: { kind: 'teamNameMissing' },
    });
    expect(await createTeam(api(), { ...input, teamName: 'Équipe\u0007' })).toEqual({
      ok: false,
      error: { kind: 'teamNameCharacters' },
    });
    expect(await createTeam(api(), { ...input, code: 'ABC', teamName: 'Équipe' })).toEqual({
      ok: false,
      error: { kind: 'codeFormat' },
    });
    expect(server.requests).toHaveLength(0);
  });

  it('reports a used setup code and stores nothing', async () => {
    server.faults = [{ status: 401, body: { error: 'unauthorized', message: 'Used' } }];
    const result = await createTeam(api(), {
      code: 'K7Q4MX2P9T',
      teamName: 'Équipe',
      deviceName: 'A',
      now: NOW,
    });
    expect(result).toEqual({ ok: false, error: { kind: 'unauthorized' } });
    expect(await readPairing()).toBeNull();
  });
});

describe('unpair', () => {
  it('forgets the token and the team figures, and keeps the outbox', async () => {
    server.faults = [{ status: 201, body: ANSWER }];
    await pair(api(), { code: 'K7Q4MX2P9T', deviceName: 'A', now: NOW });
    await writeMeta(SYNC_KEYS.indicators, { workspaceId: ANSWER.workspace.id });
    await seedOutbox(4);
    await unpair();
    expect(await readPairing()).toBeNull();
    expect(await readMeta(SYNC_KEYS.indicators)).toBeUndefined();
    expect(await db.outbox.count()).toBe(4);
  });
});

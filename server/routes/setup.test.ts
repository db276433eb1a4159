import { expect, it } from 'vitest';
import { type SetupResponse, setupResponse } from '../../src/protocol/protocol';
import { sha256 } from '../secrets';
import { describeEachDatabase } from '../test/databases';
import { testApp } from '../test/fixtures';
import { createSetupCode } from '../workspaces';

const DAY = 24 * 60 * 60 * 1000;

describeEachDatabase(({ db, query }) => {
  it('creates the team with the setup code; that phone is its owner', async () => {
    const t = testApp(db());
    expect(await t.db.countWorkspaces()).toBe(0);
    const { code } = await createSetupCode(t.db, t.clock.now);
    const response = await t.call('POST', '/v1/setup', {
      body: {
        code: code.toLowerCase(),
        workspaceName: '  Boulangerie Karim ',
        deviceName: 'Téléphone de Karim',
      },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as SetupResponse;
    expect(setupResponse.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ role: 'owner', workspace: { name: 'Boulangerie Karim' } });
    // A full owner: it makes member codes and lists its device.
    const devices = await t.call('GET', '/v1/devices', { token: body.token });
    expect(await devices.json()).toMatchObject({
      devices: [{ id: body.deviceId, name: 'Téléphone de Karim', role: 'owner' }],
    });
    expect((await t.call('POST', '/v1/pairings', { token: body.token })).status).toBe(201);
    // Single use; stored as a hash only.
    const again = await t.call('POST', '/v1/setup', {
      body: { code, workspaceName: 'Autre', deviceName: 'Autre' },
    });
    expect(again.status).toBe(401);
    const stored = JSON.stringify(await query('select * from setup_codes'));
    expect(stored).not.toContain(code.replaceAll('-', ''));
    expect(stored).toContain(sha256(code.replaceAll('-', '')));
    expect(await t.db.countWorkspaces()).toBe(1);
  });

  it('refuses an unknown or expired code, and checks the names', async () => {
    const t = testApp(db());
    const { code } = await createSetupCode(t.db, t.clock.now);
    const setup = (body: Record<string, unknown>) => t.call('POST', '/v1/setup', { body });
    const unknown = await setup({ code: 'K7Q4-MX2P-9T', workspaceName: 'A', deviceName: 'B' });
    expect(unknown.status).toBe(401);
    const bad = await setup({ code, workspaceName: 'Équipe\u202E', deviceName: ' ' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      issues: [{ path: ['workspaceName'] }, { path: ['deviceName'] }],
    });
    expect((await setup({ code, workspaceName: 'A', deviceName: 'B', role: 'x' })).status).toBe(
      400,
    );
    t.clock.now = new Date(t.clock.now.getTime() + DAY);
    expect((await setup({ code, workspaceName: 'A', deviceName: 'B' })).status).toBe(401);
    expect(await t.db.countWorkspaces()).toBe(0);
  });
});

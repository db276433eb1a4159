import { expect, it } from 'vitest';
import { sha256 } from '../secrets';
import { describeEachDatabase } from '../test/databases';
import { testApp } from '../test/fixtures';
import { createWorkspace } from '../workspaces';

const DAY = 24 * 60 * 60 * 1000;

describeEachDatabase(({ db, query }) => {
  it('pairs the owner with the owner code and a member with a code the owner makes', async () => {
    const t = testApp(db());
    const owner = await t.owner('Plâtrerie Léa', 'Téléphone de Léa');
    expect(owner).toMatchObject({ role: 'owner', workspace: { name: 'Plâtrerie Léa' } });
    expect(owner.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url

    const created = await t.call('POST', '/v1/pairings', { token: owner.token });
    expect(created.status).toBe(201);
    const { code, expiresAt } = (await created.json()) as { code: string; expiresAt: string };
    expect(code).toMatch(/^[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{2}$/);
    expect(Date.parse(expiresAt)).toBe(t.clock.now.getTime() + DAY);

    // Typed on a phone: lower case, spaces instead of dashes.
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const paired = await t.call('POST', '/v1/pair', {
      body: { code: typed, deviceName: 'Apprenti' },
    });
    expect(paired.status).toBe(201);
    expect(await paired.json()).toMatchObject({
      role: 'member',
      workspace: { id: owner.workspace.id, name: 'Plâtrerie Léa' },
    });
  });

  it('accepts a code once', async () => {
    const t = testApp(db());
    const { ownerCode } = await createWorkspace(db(), 'Atelier', t.clock.now);
    const first = await t.call('POST', '/v1/pair', { body: { code: ownerCode, deviceName: 'A' } });
    const again = await t.call('POST', '/v1/pair', { body: { code: ownerCode, deviceName: 'B' } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('refuses a code 24 h after it was made, not before', async () => {
    const t = testApp(db());
    const { ownerCode } = await createWorkspace(db(), 'Atelier', t.clock.now);
    const owner = await t.owner();
    const { code } = (await (
      await t.call('POST', '/v1/pairings', { token: owner.token })
    ).json()) as {
      code: string;
    };
    const made = t.clock.now.getTime();
    t.clock.now = new Date(made + DAY - 1000);
    expect((await t.call('POST', '/v1/pair', { body: { code, deviceName: 'A' } })).status).toBe(
      201,
    );
    t.clock.now = new Date(made + DAY);
    const late = await t.call('POST', '/v1/pair', { body: { code: ownerCode, deviceName: 'B' } });
    expect(late.status).toBe(401);
  });

  it('refuses unknown and malformed codes, and requires a device name', async () => {
    const t = testApp(db());
    for (const code of ['K7Q4-MX2P-9T', 'short', 'O0O0-O0O0-O0']) {
      const response = await t.call('POST', '/v1/pair', { body: { code, deviceName: 'A' } });
      expect(response.status).toBe(401);
    }
    const nameless = await t.call('POST', '/v1/pair', {
      body: { code: 'K7Q4-MX2P-9T', deviceName: ' ' },
    });
    expect(nameless.status).toBe(400);
    expect(await nameless.json()).toMatchObject({ issues: [{ path: ['deviceName'] }] });
  });

  it('stores codes and tokens only as SHA-256 hashes', async () => {
    const t = testApp(db());
    const { ownerCode } = await createWorkspace(db(), 'Atelier', t.clock.now);
    const spare = await createWorkspace(db(), 'Autre', t.clock.now);
    const { token } = (await (
      await t.call('POST', '/v1/pair', { body: { code: ownerCode, deviceName: 'A' } })
    ).json()) as { token: string };

    const everything = JSON.stringify([
      await query('select * from workspaces'),
      await query('select * from pairing_codes'),
      await query('select * from devices'),
    ]);
    for (const code of [ownerCode, spare.ownerCode]) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(code.replaceAll('-', ''));
      expect(everything).toContain(sha256(code.replaceAll('-', '')));
    }
    expect(everything).not.toContain(token);
    expect(everything).toContain(sha256(token));
  });
});

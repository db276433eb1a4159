// Trust and abuse: who sees what, who may revoke whom, how tokens are read and how failed
// checks and code attempts are limited (per client, behind a proxy too).
import { expect, it } from 'vitest';
import type { IndicatorsResponse } from '../../src/protocol/protocol';
import { describeEachDatabase } from '../test/databases';
import { testApp, timeSaved } from '../test/fixtures';
import { createPairing } from '../workspaces';

const at = '2026-03-30T09:15:00+02:00';
const BY_DEVICE = '/v1/indicators?from=2026-03-01&to=2026-03-31&groupBy=device';

describeEachDatabase(({ db }) => {
  it("shows a member the team's totals and only its own device line", async () => {
    const t = testApp(db());
    const owner = await t.owner();
    const lea = await t.member(owner.token, 'Téléphone de Léa');
    const marc = await t.member(owner.token, 'Téléphone de Marc');
    for (const [token, minutes] of [
      [owner.token, 10],
      [lea.token, 20],
      [marc.token, 30],
    ] as const) {
      await t.call('POST', '/v1/events', { token, body: { events: [timeSaved(at, minutes)] } });
    }
    const read = async (token: string) =>
      (await (await t.call('GET', BY_DEVICE, { token })).json()) as IndicatorsResponse;
    const seenByLea = await read(lea.token);
    expect(seenByLea.groups).toEqual([
      {
        key: `Téléphone de Léa (${lea.deviceId})`,
        minutes: 20,
        events: 1,
        ratings: 0,
        ratingAvg: null,
      },
    ]);
    expect(seenByLea.totals.minutes).toBe(60);
    expect(JSON.stringify(seenByLea)).not.toContain('Marc');
    const seenByOwner = await read(owner.token);
    expect(seenByOwner.groups.map((g) => g.minutes)).toEqual([10, 20, 30]);
    // The other groupings name nobody and are the same for everyone.
    for (const groupBy of ['week', 'category', 'template']) {
      const path = `/v1/indicators?from=2026-03-01&to=2026-03-31&groupBy=${groupBy}`;
      expect(await (await t.call('GET', path, { token: marc.token })).json()).toEqual(
        await (await t.call('GET', path, { token: owner.token })).json(),
      );
    }
  });

  it('never lets the owner revoke its own device, so a workspace keeps an owner', async () => {
    const t = testApp(db());
    const owner = await t.owner();
    const self = await t.call('DELETE', `/v1/devices/${owner.deviceId}`, { token: owner.token });
    expect(self.status).toBe(409);
    expect(await self.json()).toMatchObject({ error: 'own_device' });
    expect((await t.call('GET', '/v1/devices', { token: owner.token })).status).toBe(200);
    // A second owner device (a new phone, paired with an owner code from the command line).
    const { code } = await createPairing(t.db, owner.workspace.id, 'owner', t.clock.now);
    const second = (await (
      await t.call('POST', '/v1/pair', { body: { code, deviceName: 'Nouveau' } })
    ).json()) as { token: string; deviceId: string };
    const both = await Promise.all([
      t.call('DELETE', `/v1/devices/${owner.deviceId}`, { token: second.token }),
      t.call('DELETE', `/v1/devices/${second.deviceId}`, { token: owner.token }),
    ]);
    // Two owners revoking each other at once: one wins (204), the other is refused (401 or 404).
    expect(both.map((r) => r.status).filter((status) => status === 204)).toHaveLength(1);
    const remaining = await Promise.all(
      [owner.token, second.token].map(
        async (token) => (await t.call('GET', '/v1/devices', { token })).status,
      ),
    );
    expect(remaining.filter((status) => status === 200)).toHaveLength(1);
  });

  it('reads the Bearer scheme in any case', async () => {
    const t = testApp(db());
    const { token } = await t.owner();
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      const response = await t.app.request('/v1/devices', {
        headers: { Authorization: `${scheme} ${token}` },
      });
      expect(response.status, scheme).toBe(200);
    }
  });

  it('limits failed token checks per client, never the tokens that work', async () => {
    let ms = 0;
    const t = testApp(db(), { monotonic: () => ms, trustProxy: 1 });
    const { token } = await t.owner();
    const from = (address: string, bearer: string) =>
      t.app.request('/v1/devices', {
        headers: { Authorization: `Bearer ${bearer}`, 'X-Forwarded-For': address },
      });
    const guess = (i: number) => `${'A'.repeat(40)}${String(i).padStart(3, '0')}`;
    await from('203.0.113.9', token); // known good on this instance
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await from('203.0.113.7', guess(i))).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect((await from('203.0.113.7', guess(99))).headers.get('Retry-After')).not.toBeNull();
    // The valid token still works from that same address; another address is not held back.
    expect((await from('203.0.113.7', token)).status).toBe(200);
    expect((await from('198.51.100.4', guess(100))).status).toBe(401);
    ms += 10_000;
    expect((await from('203.0.113.7', guess(101))).status).toBe(401);
  });

  it('keys the pairing limit on the client behind a trusted proxy, not the proxy', async () => {
    const attempts = async (trustProxy: number) => {
      const t = testApp(db(), { monotonic: () => 0, trustProxy });
      const pair = (client: string) =>
        t.app.request('/v1/pair', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
          body: JSON.stringify({ code: 'K7Q4-MX2P-9T', deviceName: 'A' }),
        });
      for (let i = 0; i < 20; i++) expect((await pair('203.0.113.7')).status).toBe(401);
      expect((await pair('203.0.113.7')).status).toBe(429);
      return (await pair('198.51.100.4')).status; // an honest client behind the same proxy
    };
    expect(await attempts(1)).toBe(401); // judged on its own: a wrong code, not locked out
    expect(await attempts(0)).toBe(429); // without TRUST_PROXY everyone shares the proxy's bucket
  });
});

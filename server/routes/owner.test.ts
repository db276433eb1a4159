import { expect, it } from 'vitest';
import type { DevicesResponse } from '../../src/protocol/protocol';
import { describeEachDatabase } from '../test/databases';
import { rating, testApp } from '../test/fixtures';

describeEachDatabase(({ db }) => {
  it('lists the devices and revokes one at once', async () => {
    const t = testApp(db());
    const owner = await t.owner();
    t.clock.now = new Date('2026-03-30T10:01:00Z');
    const member = await t.member(owner.token, 'Téléphone de Léa');
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000);
    const events = { events: [rating('2026-03-30T12:00:00+02:00', 5)] };
    expect((await t.call('POST', '/v1/events', { token: member.token, body: events })).status).toBe(
      200,
    );

    const listed = await t.call('GET', '/v1/devices', { token: owner.token });
    expect(listed.status).toBe(200);
    const { devices } = (await listed.json()) as DevicesResponse;
    expect(devices).toEqual([
      expect.objectContaining({ id: owner.deviceId, role: 'owner', revoked: false }),
      {
        id: member.deviceId,
        name: 'Téléphone de Léa',
        role: 'member',
        createdAt: '2026-03-30T10:01:00.000Z',
        lastSeenAt: '2026-03-30T10:06:00.000Z',
        revoked: false,
      },
    ]);

    const revoked = await t.call('DELETE', `/v1/devices/${member.deviceId}`, {
      token: owner.token,
    });
    expect(revoked.status).toBe(204);
    // No cache anywhere: the very next request with that token is refused.
    const refused = await t.call('POST', '/v1/events', { token: member.token, body: events });
    expect(refused.status).toBe(401);
    const after = (await (
      await t.call('GET', '/v1/devices', { token: owner.token })
    ).json()) as DevicesResponse;
    expect(after.devices.find((d) => d.id === member.deviceId)?.revoked).toBe(true);
  });

  it('keeps owner routes from members (403) and from other workspaces (404)', async () => {
    const t = testApp(db());
    const owner = await t.owner('Boulangerie Karim');
    const member = await t.member(owner.token);
    const stranger = await t.owner('Plâtrerie Léa');

    const calls: [string, string][] = [
      ['POST', '/v1/pairings'],
      ['GET', '/v1/devices'],
      ['DELETE', `/v1/devices/${owner.deviceId}`],
    ];
    for (const [method, path] of calls) {
      const response = await t.call(method, path, { token: member.token });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: 'forbidden' });
    }
    const theirs = await t.call('DELETE', `/v1/devices/${owner.deviceId}`, {
      token: stranger.token,
    });
    expect(theirs.status).toBe(404);
    const notAnId = await t.call('DELETE', '/v1/devices/nope', { token: stranger.token });
    expect(notAnId.status).toBe(404);
    const list = (await (
      await t.call('GET', '/v1/devices', { token: stranger.token })
    ).json()) as DevicesResponse;
    expect(list.devices.map((d) => d.id)).toEqual([stranger.deviceId]);
    // The owner's device still works.
    expect((await t.call('GET', '/v1/devices', { token: owner.token })).status).toBe(200);
  });
});

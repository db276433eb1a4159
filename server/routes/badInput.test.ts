// Values that once passed validation and then made the database fail (500), which blocked a
// phone's outbox for good: each is now refused with a 400 naming the field, and nothing is stored.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { rating, testApp } from '../test/fixtures';
import { createWorkspace } from '../workspaces';

describeEachDatabase(({ db, query }) => {
  it('refuses dates PostgreSQL cannot store, or that no phone can mean', async () => {
    const t = testApp(db());
    const { token } = await t.owner();
    for (const occurredAt of [
      '0000-01-01T00:00:00Z', // year zero: not a date to PostgreSQL
      '2026-03-30T10:00:00+23:59', // an offset no time zone has
      '2026-03-30T10:00:00-14:01',
      '2019-12-31T23:59:59+01:00', // before any Établi event
      '2026-04-01T10:00:01Z', // more than a day after the server's clock (2026-03-30 10:00 UTC)
      '9999-12-31T23:59:59Z',
    ]) {
      const events = [rating('2026-03-30T10:00:00+02:00', 5), { ...rating(occurredAt, 4) }];
      const response = await t.call('POST', '/v1/events', { token, body: { events } });
      expect(response.status, occurredAt).toBe(400);
      const body = (await response.json()) as { issues: { path: unknown[] }[] };
      expect(
        body.issues.map((issue) => issue.path.join('.')),
        occurredAt,
      ).toEqual(['events.1.occurredAt']);
    }
    expect(await query('select 1 from events')).toEqual([]);
    // The limits themselves are fine, and so is a fast clock within a day.
    const edges = [
      '2026-03-31T10:00:00Z',
      '2026-03-30T10:00:00+14:00',
      '2020-01-01T00:00:00-12:00',
    ];
    const ok = await t.call('POST', '/v1/events', {
      token,
      body: { events: edges.map((at) => rating(at, 3)) },
    });
    expect(ok.status).toBe(200);
  });

  it('refuses indicator ranges PostgreSQL cannot read, or too long to be cheap', async () => {
    const t = testApp(db());
    const { token } = await t.owner();
    for (const range of [
      'from=0000-01-01&to=2026-03-31',
      'from=2019-12-31&to=2020-01-31',
      'from=2026-01-01&to=10000-01-01',
      'from=2099-12-31&to=2100-01-01',
      'from=2025-01-01&to=2026-01-02', // 367 days: one too many
    ]) {
      const response = await t.call('GET', `/v1/indicators?${range}`, { token });
      expect(response.status, range).toBe(400);
    }
    const year = await t.call('GET', '/v1/indicators?from=2024-01-01&to=2024-12-31', { token });
    expect(year.status).toBe(200); // 366 days of a leap year
  });

  it('refuses control and bidirectional characters in names', async () => {
    const t = testApp(db());
    for (const deviceName of [
      'Téléphone\u0000',
      'Téléphone\nde Léa',
      '\u202Eaél ed enohpéléT',
      'Léa\u2066\u2069',
      '\uD800 lone surrogate',
    ]) {
      const { ownerCode } = await createWorkspace(db(), 'Atelier', t.clock.now);
      const response = await t.call('POST', '/v1/pair', { body: { code: ownerCode, deviceName } });
      expect(response.status, JSON.stringify(deviceName)).toBe(400);
      expect(await response.json()).toMatchObject({ issues: [{ path: ['deviceName'] }] });
    }
    expect(await query('select 1 from devices')).toEqual([]);
    const { ownerCode } = await createWorkspace(db(), 'Atelier', t.clock.now);
    const emoji = await t.call('POST', '/v1/pair', {
      body: { code: ownerCode, deviceName: 'Téléphone de Léa 👩🏽‍🔧 ليا' },
    });
    expect(emoji.status).toBe(201);
  });

  it('answers a value the database refuses with a 400 and its cause, not a 500', async () => {
    const logs: Record<string, unknown>[] = [];
    const t = testApp(db(), { log: (entry) => logs.push(entry) });
    const { token, workspace, deviceId } = await t.owner();
    // Past the schema (as a future bug or another client might): the database itself refuses.
    const original = t.db.insertEvents;
    t.db.insertEvents = (_w, _d, events, max) =>
      original(
        workspace.id,
        deviceId,
        [{ ...events[0]!, occurredAt: '0000-01-01T00:00:00Z' }],
        max,
      );
    try {
      const response = await t.call('POST', '/v1/events', {
        token,
        body: { events: [{ ...rating('2026-03-30T10:00:00Z', 5), id: randomUUID() }] },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'bad_request' });
    } finally {
      t.db.insertEvents = original;
    }
    const logged = logs.find((entry) => entry.level === 'error');
    expect(logged).toMatchObject({ status: 400, cause: { code: expect.stringMatching(/^22/) } });
    expect(JSON.stringify(logged)).not.toContain(token);
  });
});

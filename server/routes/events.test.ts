import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { MAX_BATCH, MAX_BODY_BYTES } from '../../src/protocol/protocol';
import { describeEachDatabase } from '../test/databases';
import { rating, testApp, timeSaved } from '../test/fixtures';

const at = '2026-03-30T09:15:00+02:00';

describeEachDatabase(({ db, query }) => {
  it('stores a re-sent batch once and counts the duplicates', async () => {
    const t = testApp(db());
    const { token, deviceId, workspace } = await t.owner();
    const events = Array.from({ length: MAX_BATCH }, (_, i) => timeSaved(at, 1 + (i % 30)));

    const first = await t.call('POST', '/v1/events', { token, body: { events } });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: 500, duplicates: 0 });
    const again = await t.call('POST', '/v1/events', { token, body: { events } });
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 500 });

    const mixed = [events[0]!, timeSaved(at), rating(at, 5), events[1]!];
    const third = await t.call('POST', '/v1/events', { token, body: { events: mixed } });
    expect(await third.json()).toEqual({ accepted: 2, duplicates: 2 });

    const rows = await query(
      `select count(*)::int as n, count(distinct workspace_id)::int as workspaces,
        min(device_id::text) as device, min(received_at) as received from events`,
    );
    // Workspace and device come from the token; the server stamps its own received_at.
    expect(rows[0]).toMatchObject({ n: 502, workspaces: 1, device: deviceId });
    expect(rows[0]!.received).not.toBeNull();
    expect(await query(`select 1 from events where workspace_id <> '${workspace.id}'`)).toEqual([]);
  });

  it('answers 400 with the path of each problem, and stores nothing', async () => {
    const t = testApp(db());
    const { token } = await t.owner();
    const events = [
      { ...timeSaved(at), note: 'Mme Dupont, 12 rue des Lilas' },
      { id: randomUUID(), type: 'time_saved', occurredAt: at, minutes: 10 },
      { id: randomUUID(), type: 'rating', occurredAt: '2026-03-30 09:15', stars: 6 },
      { id: randomUUID(), type: 'document_validated', occurredAt: at, templateId: 'Avis client' },
      { id: randomUUID(), type: 'retraction', occurredAt: at },
      { ...rating(at, 4), workspaceId: randomUUID() },
    ];
    const response = await t.call('POST', '/v1/events', { token, body: { events } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: unknown[] }[] };
    expect(body.error).toBe('bad_request');
    expect(body.issues.map((issue) => issue.path.join('.'))).toEqual([
      'events.0.note',
      'events.1.category',
      'events.2.occurredAt',
      'events.2.stars',
      'events.3.templateId',
      'events.4.retracts',
      'events.5.workspaceId',
    ]);
    expect(await query('select 1 from events')).toEqual([]);

    for (const body of [{ events: [] }, { events: [rating(at, 3)], extra: 1 }, '{"events": [']) {
      expect((await t.call('POST', '/v1/events', { token, body })).status).toBe(400);
    }
    const text = await t.app.request('/v1/events', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ events: [rating(at, 3)] }),
    });
    expect(text.status).toBe(415);
  });

  it('refuses a missing, malformed or unknown token with 401', async () => {
    const t = testApp(db());
    const body = { events: [rating(at, 5)] };
    for (const token of [undefined, 'abc', 'A'.repeat(43)]) {
      const response = await t.call('POST', '/v1/events', { token, body });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'unauthorized' });
    }
    const basic = await t.app.request('/v1/indicators?from=2026-03-01&to=2026-03-31', {
      headers: { Authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(basic.status).toBe(401);
  });

  it('refuses a body over 256 KB with 413', async () => {
    const t = testApp(db());
    const { token } = await t.owner();
    const padded = `{"events": [], "pad": "${'x'.repeat(MAX_BODY_BYTES)}"}`;
    const response = await t.call('POST', '/v1/events', { token, body: padded });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'payload_too_large' });
    // Without Content-Length (a stream), the limit holds while reading.
    const stream = new Blob([padded]).stream();
    const streamed = await t.app.request('/v1/events', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('limits each token to its burst, then answers 429 with Retry-After', async () => {
    let ms = 0; // a frozen monotonic clock: no refill unless the test moves it
    const t = testApp(db(), { rateLimit: { perSecond: 20, burst: 40 }, monotonic: () => ms });
    const { token } = await t.owner();
    const other = await t.member(token);
    const get = (who: string) =>
      t.call('GET', '/v1/indicators?from=2026-03-30&to=2026-03-30', { token: who });
    // The owner used one token of the bucket for POST /v1/pairings.
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await get(token)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(39);
    const limited = await get(token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect(await limited.json()).toMatchObject({ error: 'rate_limited' });
    expect((await get(other.token)).status).toBe(200); // buckets are per token
    ms += 1000; // 20 tokens back
    for (let i = 0; i < 20; i++) expect((await get(token)).status).toBe(200);
    expect((await get(token)).status).toBe(429);
  });

  it('reports its health and its engine', async () => {
    const t = testApp(db());
    const response = await t.call('GET', '/v1/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: db().kind });
  });
});

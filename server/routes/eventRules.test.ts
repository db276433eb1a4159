// Who may store what: ids per workspace, who may retract an event, the event budget and the
// storage cap of a workspace.
import { expect, it } from 'vitest';
import type { IndicatorEvent, IndicatorsResponse } from '../../src/protocol/protocol';
import { describeEachDatabase } from '../test/databases';
import { rating, retraction, type TestApp, testApp, timeSaved } from '../test/fixtures';

const at = '2026-03-30T09:15:00+02:00';
const MONTH = 'from=2026-03-01&to=2026-03-31&groupBy=device';

async function post(t: TestApp, token: string, events: IndicatorEvent[]) {
  return t.call('POST', '/v1/events', { token, body: { events } });
}

async function totals(t: TestApp, token: string) {
  const response = await t.call('GET', `/v1/indicators?${MONTH}`, { token });
  return ((await response.json()) as IndicatorsResponse).totals;
}

describeEachDatabase(({ db, query }) => {
  it('stores an id already used in another workspace, instead of losing it as a duplicate', async () => {
    const t = testApp(db());
    const karim = await t.owner('Boulangerie Karim');
    const lea = await t.owner('Plâtrerie Léa');
    const event = timeSaved(at, 25);
    expect(await (await post(t, karim.token, [event])).json()).toEqual({
      accepted: 1,
      duplicates: 0,
    });
    // The same id from another team (a copied phone, a buggy generator): a new event there.
    expect(await (await post(t, lea.token, [timeSaved(at, 40, { id: event.id })])).json()).toEqual({
      accepted: 1,
      duplicates: 0,
    });
    expect(await (await post(t, lea.token, [event])).json()).toEqual({
      accepted: 0,
      duplicates: 1,
    });
    expect((await totals(t, karim.token)).minutes).toBe(25);
    expect((await totals(t, lea.token)).minutes).toBe(40);
    expect(await query('select count(*)::int as n from events')).toEqual([{ n: 2 }]);
  });

  it("lets only an event's author or the owner retract it", async () => {
    const t = testApp(db());
    const owner = await t.owner();
    const lea = await t.member(owner.token, 'Téléphone de Léa');
    const marc = await t.member(owner.token, 'Téléphone de Marc');
    const hers = timeSaved(at, 20);
    const his = timeSaved(at, 30);
    const bosses = timeSaved(at, 50);
    await post(t, lea.token, [hers]);
    await post(t, marc.token, [his]);
    await post(t, owner.token, [bosses]);

    // Marc tries to retract Léa's event and the owner's: refused at those paths, nothing stored.
    const refused = await post(t, marc.token, [
      retraction(his.id),
      retraction(hers.id),
      retraction(bosses.id),
    ]);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { issues: { path: unknown[] }[] };
    expect(body.issues.map((issue) => issue.path.join('.'))).toEqual([
      'events.1.retracts',
      'events.2.retracts',
    ]);
    expect((await totals(t, owner.token)).minutes).toBe(100);

    // His own: fine. The owner may retract anyone's.
    expect((await post(t, marc.token, [retraction(his.id)])).status).toBe(200);
    expect((await post(t, owner.token, [retraction(hers.id)])).status).toBe(200);
    expect(await totals(t, owner.token)).toMatchObject({ minutes: 50, events: 1 });
  });

  it('applies a retraction that arrived before its event only if its sender may', async () => {
    const t = testApp(db());
    const owner = await t.owner();
    const lea = await t.member(owner.token, 'Téléphone de Léa');
    const marc = await t.member(owner.token, 'Téléphone de Marc');
    const early = timeSaved(at, 20);
    const late = timeSaved(at, 30);
    const guarded = timeSaved(at, 40);
    // Retractions first (another phone was quicker): the server cannot judge them yet.
    expect((await post(t, lea.token, [retraction(early.id)])).status).toBe(200);
    expect((await post(t, owner.token, [retraction(late.id)])).status).toBe(200);
    expect((await post(t, marc.token, [retraction(guarded.id)])).status).toBe(200);
    // The events arrive: Léa's own and the owner's retractions apply, Marc's does not.
    await post(t, lea.token, [early, late, guarded]);
    expect(await totals(t, owner.token)).toMatchObject({ minutes: 40, events: 1 });
    // An event and its retraction in one batch, and the retraction re-sent: counted once.
    const undone = timeSaved(at, 5);
    await post(t, lea.token, [undone, retraction(undone.id)]);
    await post(t, lea.token, [retraction(undone.id)]);
    expect(await totals(t, owner.token)).toMatchObject({ minutes: 40, events: 1 });
  });

  it('counts the event budget in events, not requests, per device', async () => {
    let ms = 0;
    const t = testApp(db(), {
      eventLimit: { perSecond: 100, burst: 1000 },
      monotonic: () => ms,
    });
    const { token } = await t.owner();
    const other = await t.member(token);
    const batch = () => Array.from({ length: 500 }, () => timeSaved(at, 1));
    expect((await post(t, token, batch())).status).toBe(200);
    expect((await post(t, token, batch())).status).toBe(200);
    const third = await post(t, token, batch());
    expect(third.status).toBe(429);
    expect(third.headers.get('Retry-After')).toBe('5'); // 500 events at 100/s
    expect((await post(t, other.token, batch())).status).toBe(200); // another device
    ms += 5000;
    expect((await post(t, token, batch())).status).toBe(200);
    expect(await query('select count(*)::int as n from events')).toEqual([{ n: 2000 }]);
  });

  it('refuses events past the workspace cap with a 409, storing none of the batch', async () => {
    const t = testApp(db(), { maxWorkspaceEvents: 10 });
    const { token, workspace } = await t.owner();
    const first = Array.from({ length: 8 }, () => rating(at, 4));
    expect((await post(t, token, first)).status).toBe(200);
    const over = await post(t, token, [rating(at, 5), rating(at, 5), rating(at, 5)]);
    expect(over.status).toBe(409);
    expect(await over.json()).toMatchObject({ error: 'workspace_full' });
    // Duplicates take no room: a re-sent batch is still acknowledged; two more still fit.
    expect(await (await post(t, token, first)).json()).toEqual({ accepted: 0, duplicates: 8 });
    expect((await post(t, token, [rating(at, 5), rating(at, 5)])).status).toBe(200);
    expect(await query('select event_count from workspaces')).toEqual([{ event_count: 10 }]);
    expect(
      await query(`select count(*)::int as n from events where workspace_id = '${workspace.id}'`),
    ).toEqual([{ n: 10 }]);
    // Another team is not affected.
    const other = await t.owner('Autre');
    expect((await post(t, other.token, [rating(at, 1)])).status).toBe(200);
  });
});

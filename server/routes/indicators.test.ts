import { expect, it } from 'vitest';
import type { IndicatorEvent, IndicatorsResponse } from '../../src/protocol/protocol';
import { describeEachDatabase } from '../test/databases';
import { rating, retraction, type TestApp, testApp, timeSaved } from '../test/fixtures';

async function send(t: TestApp, token: string, events: IndicatorEvent[]) {
  const response = await t.call('POST', '/v1/events', { token, body: { events } });
  expect(response.status).toBe(200);
}

async function indicators(t: TestApp, token: string, query: string) {
  const response = await t.call('GET', `/v1/indicators?${query}`, { token });
  expect(response.status).toBe(200);
  return (await response.json()) as IndicatorsResponse;
}

describeEachDatabase(({ db, reopen }) => {
  it('leaves retracted events out, wherever the retraction is dated', async () => {
    const t = testApp(db());
    t.clock.now = new Date('2026-05-01T10:00:00Z'); // the retraction is dated that day
    const { token } = await t.owner();
    const kept = timeSaved('2026-03-10T10:00:00+01:00', 20);
    const dropped = timeSaved('2026-03-11T10:00:00+01:00', 10);
    const badRating = rating('2026-03-12T10:00:00+01:00', 1);
    await send(t, token, [kept, dropped, badRating, rating('2026-03-12T11:00:00+01:00', 4)]);
    await send(t, token, [
      retraction(dropped.id, '2026-05-01T08:00:00+02:00'),
      retraction(badRating.id),
    ]);

    const { groups, totals } = await indicators(t, token, 'from=2026-03-01&to=2026-03-31');
    expect(totals).toEqual({ minutes: 20, events: 2, ratings: 1, ratingAvg: 4 });
    expect(groups.map((g) => [g.key, g.minutes, g.events])).toEqual([['2026-03-09', 20, 2]]);
  });

  it('cuts weeks at local Monday midnight across both DST changes', async () => {
    const t = testApp(db());
    t.clock.now = new Date('2026-10-31T10:00:00Z'); // events are refused a day after the clock
    const { token } = await t.owner();
    await send(t, token, [
      timeSaved('2026-03-29T21:30:00Z', 1), // Sunday 29 March, 23:30 in Paris (UTC+2 since 02:00)
      timeSaved('2026-03-29T22:30:00Z', 2), // Monday 30 March, 00:30 in Paris
      timeSaved('2026-10-25T22:30:00Z', 4), // Sunday 25 October, 23:30 in Paris (UTC+1 since 03:00)
      timeSaved('2026-10-25T23:30:00Z', 8), // Monday 26 October, 00:30 in Paris
    ]);
    const paris = await indicators(t, token, 'from=2026-03-01&to=2026-10-31&groupBy=week');
    expect(paris.groups.map((g) => [g.key, g.minutes])).toEqual([
      ['2026-03-23', 1],
      ['2026-03-30', 2],
      ['2026-10-19', 4],
      ['2026-10-26', 8],
    ]);
    // Days are local too: Monday 30 March starts at 22:00 UTC on Sunday.
    const monday = await indicators(t, token, 'from=2026-03-30&to=2026-03-30');
    expect(monday.totals.minutes).toBe(2);

    // The same events, the server restarted with TZ=UTC: the days are recounted, and each pair
    // now falls in one week.
    const utc = testApp(await reopen('UTC'));
    const inUtc = await indicators(utc, token, 'from=2026-03-01&to=2026-10-31&groupBy=week');
    expect(inUtc.groups.map((g) => [g.key, g.minutes])).toEqual([
      ['2026-03-23', 3],
      ['2026-10-19', 12],
    ]);
  });

  it('groups by category, template and device', async () => {
    const t = testApp(db());
    const owner = await t.owner();
    const member = await t.member(owner.token, 'Téléphone de Léa');
    const day = '2026-03-30T10:00:00+02:00';
    await send(t, owner.token, [
      timeSaved(day, 15, { category: 'communication', templateId: 'review-5-stars' }),
      timeSaved(day, 5, { category: 'quotes' }),
      rating(day, 4),
    ]);
    await send(t, member.token, [
      timeSaved(day, 30, { category: 'doe', templateId: 'doe-checklist' }),
      {
        id: crypto.randomUUID(),
        type: 'document_validated',
        occurredAt: day,
        templateId: 'review-5-stars',
      },
      rating(day, 5),
      rating(day, 5),
    ]);
    const query = 'from=2026-03-30&to=2026-04-05&groupBy=';
    const byCategory = await indicators(t, member.token, `${query}category`);
    expect(byCategory.groups.map((g) => [g.key, g.minutes, g.events])).toEqual([
      ['communication', 15, 1],
      ['doe', 30, 1],
      ['quotes', 5, 1],
      [null, 0, 4],
    ]);
    expect(byCategory.totals).toEqual({ minutes: 50, events: 7, ratings: 3, ratingAvg: 4.67 });

    const byTemplate = await indicators(t, owner.token, `${query}template`);
    expect(byTemplate.groups.map((g) => [g.key, g.minutes, g.events])).toEqual([
      ['doe-checklist', 30, 1],
      ['review-5-stars', 15, 2],
      [null, 5, 4],
    ]);

    const byDevice = await indicators(t, owner.token, `${query}device`);
    expect(byDevice.groups).toEqual([
      {
        key: `Téléphone de Karim (${owner.deviceId})`,
        minutes: 20,
        events: 3,
        ratings: 1,
        ratingAvg: 4,
      },
      {
        key: `Téléphone de Léa (${member.deviceId})`,
        minutes: 30,
        events: 4,
        ratings: 2,
        ratingAvg: 5,
      },
    ]);
  });

  it('never shows one workspace the events of another', async () => {
    const t = testApp(db());
    const karim = await t.owner('Boulangerie Karim');
    const lea = await t.owner('Plâtrerie Léa');
    const hers = timeSaved('2026-03-30T10:00:00+02:00', 45);
    await send(t, lea.token, [hers, rating('2026-03-30T10:00:00+02:00', 5)]);
    // A retraction naming her event from another workspace changes nothing for her.
    await send(t, karim.token, [timeSaved('2026-03-30T11:00:00+02:00', 5), retraction(hers.id)]);

    for (const groupBy of ['week', 'device']) {
      const query = `from=2026-03-01&to=2026-04-30&groupBy=${groupBy}`;
      expect((await indicators(t, karim.token, query)).totals).toEqual({
        minutes: 5,
        events: 1,
        ratings: 0,
        ratingAvg: null,
      });
      expect((await indicators(t, lea.token, query)).totals).toMatchObject({
        minutes: 45,
        events: 2,
      });
    }
  });

  it('checks its query', async () => {
    const t = testApp(db());
    const { token } = await t.owner();
    const empty = await indicators(t, token, 'from=2026-01-01&to=2026-12-31&groupBy=template');
    expect(empty).toEqual({
      groups: [],
      totals: { minutes: 0, events: 0, ratings: 0, ratingAvg: null },
    });
    for (const [query, path] of [
      ['from=2026-03-01', 'to'],
      ['from=2026-04-01&to=2026-03-01', 'to'],
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-03-01&to=2026-03-31&groupBy=customer', 'groupBy'],
    ]) {
      const response = await t.call('GET', `/v1/indicators?${query}`, { token });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ issues: [{ path: [path] }] });
    }
  });
});

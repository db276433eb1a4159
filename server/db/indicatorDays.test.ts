// The indicators are read from per-day sums kept at ingest: a query never reads the events, and
// the sums always equal a recount of what was stored, retractions and their rights included.
import { randomUUID } from 'node:crypto';
import { PgDialect } from 'drizzle-orm/pg-core';
import { expect, it } from 'vitest';
import { TIME_CATEGORIES } from '../../src/domain/categories';
import { GROUP_BY } from '../../src/domain/sync';
import type { IndicatorEvent, IndicatorsResponse } from '../../src/protocol/protocol';
import { describeEachDatabase } from '../test/databases';
import { testApp } from '../test/fixtures';
import { indicatorsSql } from './eventQueries';

const RANGE = { from: '2026-03-01', to: '2026-03-31' };

/** Every plan node of an EXPLAIN (FORMAT JSON) answer. */
function nodes(plan: Record<string, unknown>): Record<string, unknown>[] {
  const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
  return [plan, ...children.flatMap(nodes)];
}

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeEachDatabase(({ db, query }) => {
  it('costs days × keys rows, however many events there are', async () => {
    const t = testApp(db(), { rateLimit: false });
    const owner = await t.owner();
    const member = await t.member(owner.token);
    // 3,000 events on 3 days from 2 devices, 3 categories, 2 templates.
    for (const [i, token] of [
      owner.token,
      member.token,
      owner.token,
      member.token,
      owner.token,
      member.token,
    ].entries()) {
      const events: IndicatorEvent[] = Array.from({ length: 500 }, (_, n) => ({
        id: randomUUID(),
        type: 'time_saved',
        occurredAt: `2026-03-0${1 + (i % 3)}T1${n % 10}:00:00+01:00`,
        minutes: 1 + (n % 30),
        category: TIME_CATEGORIES[n % 3]!,
        ...(n % 2 ? { templateId: 'review-5-stars' } : {}),
      }));
      expect((await t.call('POST', '/v1/events', { token, body: { events } })).status).toBe(200);
    }
    const dialect = new PgDialect();
    for (const groupBy of GROUP_BY) {
      const { sql, params } = dialect.sqlToQuery(
        indicatorsSql(owner.workspace.id, { ...RANGE, groupBy }),
      );
      const [row] = await query(`explain (analyze, format json) ${sql}`, params);
      const plan = (row!['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan;
      const scans = nodes(plan).filter((node) => typeof node['Relation Name'] === 'string');
      expect(
        scans.map((node) => node['Relation Name']),
        groupBy,
      ).not.toContain('events');
      const read = scans
        .filter((node) => node['Relation Name'] === 'indicator_days')
        .reduce((sum, node) => sum + Number(node['Actual Rows']) * Number(node['Actual Loops']), 0);
      // 3 days × at most 3 keys (2 devices, 3 categories, 2 templates with "none").
      expect(read, groupBy).toBeLessThanOrEqual(9);
    }
    const totals = (await (
      await t.call('GET', `/v1/indicators?from=${RANGE.from}&to=${RANGE.to}`, {
        token: owner.token,
      })
    ).json()) as IndicatorsResponse;
    expect(totals.totals.events).toBe(3000);
  });

  it('equals a recount of the stored events after random ingest and retractions', async () => {
    const t = testApp(db(), { rateLimit: false });
    const owner = await t.owner();
    const devices = [
      owner,
      await t.member(owner.token, 'Léa'),
      await t.member(owner.token, 'Marc'),
    ];
    const next = random(20261201);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    type Kept = { event: IndicatorEvent; by: string };
    const stored = new Map<string, Kept>();
    const retractions: Kept[] = [];
    const sent: IndicatorEvent[] = [];
    // What the server checks at once: a member may not retract another device's stored event.
    const mayRetract = (sender: (typeof devices)[number], target: string) => {
      const known = stored.get(target);
      return !known || known.by === sender.deviceId || sender.role === 'owner';
    };
    for (let round = 0; round < 40; round++) {
      const sender = pick(devices);
      const batch: IndicatorEvent[] = [];
      for (let n = 0; n < 1 + Math.floor(next() * 12); n++) {
        const roll = next();
        const occurredAt = `2026-03-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}T${String(6 + Math.floor(next() * 14)).padStart(2, '0')}:30:00+01:00`;
        if (roll < 0.15 && sent.length > 0) {
          const again = pick(sent); // a duplicate
          if (again.type === 'retraction' && !mayRetract(sender, again.retracts)) continue;
          batch.push(again);
        } else if (roll < 0.3 && sent.length > 0) {
          // A retraction of something sent, or of something not sent yet.
          const target = next() < 0.8 ? pick(sent).id : randomUUID();
          if (!mayRetract(sender, target)) continue;
          batch.push({ id: randomUUID(), type: 'retraction', occurredAt, retracts: target });
        } else if (roll < 0.45)
          batch.push({
            id: randomUUID(),
            type: 'rating',
            occurredAt,
            stars: 1 + Math.floor(next() * 5),
          });
        else
          batch.push({
            id: randomUUID(),
            type: 'time_saved',
            occurredAt,
            minutes: 1 + Math.floor(next() * 90),
            category: pick(TIME_CATEGORIES),
            ...(next() < 0.5 ? { templateId: pick(['a', 'b', 'c']) } : {}),
          });
      }
      if (batch.length === 0) continue;
      const response = await t.call('POST', '/v1/events', {
        token: sender.token,
        body: { events: batch },
      });
      expect(response.status).toBe(200);
      for (const event of batch) {
        sent.push(event);
        if (stored.has(event.id)) continue;
        const kept = { event, by: sender.deviceId };
        stored.set(event.id, kept);
        if (event.type === 'retraction') retractions.push(kept);
      }
    }
    const roleOf = new Map(devices.map((d) => [d.deviceId, d.role]));
    const counted = [...stored.values()].filter(
      ({ event, by }) =>
        event.type !== 'retraction' &&
        !retractions.some(
          (r) =>
            r.event.type === 'retraction' &&
            r.event.retracts === event.id &&
            (r.by === by || roleOf.get(r.by) === 'owner'),
        ),
    );
    const expected = { minutes: 0, events: counted.length, ratings: 0, stars: 0 };
    for (const { event } of counted) {
      if (event.type === 'time_saved') expected.minutes += event.minutes;
      if (event.type === 'rating') {
        expected.ratings += 1;
        expected.stars += event.stars;
      }
    }
    for (const groupBy of GROUP_BY) {
      const response = await t.call(
        'GET',
        `/v1/indicators?from=${RANGE.from}&to=${RANGE.to}&groupBy=${groupBy}`,
        { token: owner.token },
      );
      const { groups, totals } = (await response.json()) as IndicatorsResponse;
      expect(totals).toEqual({
        minutes: expected.minutes,
        events: expected.events,
        ratings: expected.ratings,
        ratingAvg: expected.ratings
          ? Math.round((expected.stars / expected.ratings) * 100) / 100
          : null,
      });
      expect(
        groups.reduce((sum, g) => sum + g.events, 0),
        groupBy,
      ).toBe(expected.events);
      expect(
        groups.reduce((sum, g) => sum + g.minutes, 0),
        groupBy,
      ).toBe(expected.minutes);
    }
    const byDevice = (await (
      await t.call('GET', `/v1/indicators?from=${RANGE.from}&to=${RANGE.to}&groupBy=device`, {
        token: owner.token,
      })
    ).json()) as IndicatorsResponse;
    for (const device of devices) {
      const mine = counted.filter(({ by }) => by === device.deviceId);
      const group = byDevice.groups.find((g) => g.key?.endsWith(`(${device.deviceId})`));
      expect(group?.events ?? 0).toBe(mine.length);
    }
  });
});

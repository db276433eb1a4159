// Pushes that arrive together share one transaction (group commit); each must still get exactly
// the answer, the rows and the indicator days it would have had alone.
import { expect, it } from 'vitest';
import type { IndicatorEvent } from '../../src/protocol/protocol';
import { describeEachDatabase } from '../test/databases';
import { retraction, testApp, timeSaved } from '../test/fixtures';

const DAY = '2026-03-30T09:00:00+02:00';
const RANGE = { from: '2026-03-30', to: '2026-03-30', groupBy: 'category' } as const;
const NO_CAP = Number.MAX_SAFE_INTEGER;

describeEachDatabase(({ db, query }) => {
  /** Two workspaces, each with its owner's device. */
  async function twoTeams() {
    const t = testApp(db(), { rateLimit: false });
    const a = await t.owner('Plomberie Durand');
    const b = await t.owner('Institut Camille');
    return {
      a: { ws: a.workspace.id, device: a.deviceId },
      b: { ws: b.workspace.id, device: b.deviceId },
    };
  }

  it('answers each push of a group as if it had been alone', async () => {
    const { a, b } = await twoTeams();
    const [e1, e2, e3, e4] = [10, 20, 30, 40].map((m) => timeSaved(DAY, m));
    const sameIdElsewhere = { ...timeSaved(DAY, 7), id: e1!.id };
    const push = (team: typeof a, events: IndicatorEvent[]) =>
      db().insertEvents(team.ws, team.device, events, NO_CAP);
    // Sent in one turn of the event loop: they share one transaction.
    const answers = await Promise.all([
      push(a, [timeSaved(DAY, 1)]),
      push(a, [e1!, e2!]),
      push(a, [e2!, e3!]), // e2 again, in the same group: a duplicate here
      push(b, [sameIdElsewhere, e4!]), // an id of workspace a is new in workspace b
      push(a, [e1!]),
    ]);
    expect(answers).toEqual([
      { accepted: 1, duplicates: 0 },
      { accepted: 2, duplicates: 0 },
      { accepted: 1, duplicates: 1 },
      { accepted: 2, duplicates: 0 },
      { accepted: 0, duplicates: 1 },
    ]);
    const counts = await query(
      'select id::text, event_count::int as n from workspaces where id = any($1::uuid[])',
      [[a.ws, b.ws]],
    );
    expect(Object.fromEntries(counts.map((r) => [r.id, r.n]))).toEqual({ [a.ws]: 4, [b.ws]: 2 });
    expect((await db().indicators(a.ws, RANGE)).totals.minutes).toBe(1 + 10 + 20 + 30);
    expect((await db().indicators(b.ws, RANGE)).totals.minutes).toBe(7 + 40);
  });

  it('gives "full" to the push that would overfill its workspace, and stores the others', async () => {
    const { a, b } = await twoTeams();
    const answers = await Promise.all([
      db().insertEvents(b.ws, b.device, [timeSaved(DAY, 5)], NO_CAP),
      db().insertEvents(a.ws, a.device, [timeSaved(DAY, 1), timeSaved(DAY, 2)], 1),
      db().insertEvents(b.ws, b.device, [timeSaved(DAY, 6)], NO_CAP),
    ]);
    expect(answers).toEqual([
      { accepted: 1, duplicates: 0 },
      'full',
      { accepted: 1, duplicates: 0 },
    ]);
    expect((await db().indicators(a.ws, RANGE)).totals.events).toBe(0);
    expect((await db().indicators(b.ws, RANGE)).totals.minutes).toBe(11);
  });

  it('fails only the push whose value the database refuses', async () => {
    const { a, b } = await twoTeams();
    const refused = { ...timeSaved(DAY), minutes: 1_000_000 }; // past the table's check
    const settled = await Promise.allSettled([
      db().insertEvents(a.ws, a.device, [timeSaved(DAY, 3)], NO_CAP),
      db().insertEvents(a.ws, a.device, [timeSaved(DAY, 4)], NO_CAP),
      db().insertEvents(b.ws, b.device, [refused], NO_CAP),
      db().insertEvents(a.ws, a.device, [timeSaved(DAY, 5)], NO_CAP),
    ]);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((await db().indicators(a.ws, RANGE)).totals.minutes).toBe(12);
    expect((await db().indicators(b.ws, RANGE)).totals.events).toBe(0);
  });

  it('applies a retraction sent in the same group as its event, whichever comes first', async () => {
    const { a } = await twoTeams();
    const [kept, early, late] = [timeSaved(DAY, 8), timeSaved(DAY, 9), timeSaved(DAY, 10)];
    const lateRetraction = retraction(late!.id);
    await Promise.all([
      db().insertEvents(a.ws, a.device, [kept!], NO_CAP),
      db().insertEvents(a.ws, a.device, [lateRetraction], NO_CAP),
      db().insertEvents(a.ws, a.device, [early!], NO_CAP),
      db().insertEvents(a.ws, a.device, [retraction(early!.id), late!], NO_CAP),
    ]);
    const totals = (await db().indicators(a.ws, RANGE)).totals;
    expect(totals).toMatchObject({ minutes: 8, events: 1 });
    const retracted = await query(
      'select id::text from events where workspace_id = $1 and retracted order by id',
      [a.ws],
    );
    expect(retracted.map((r) => r.id)).toEqual([early!.id, late!.id].sort());
  });
});

// The start-up warm-up reads the largest workspaces' hot pages and changes nothing.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases';
import { testApp, timeSaved } from '../test/fixtures';

describeEachDatabase(({ db, query }) => {
  it('runs on an empty server and on one with teams, and leaves every row as it was', async () => {
    await db().warmUp();
    const t = testApp(db(), { rateLimit: false });
    for (const name of ['Plomberie Durand', 'Institut Camille']) {
      const owner = await t.owner(name);
      const events = Array.from({ length: 20 }, (_, i) =>
        timeSaved('2026-03-30T09:00:00+02:00', i + 1),
      );
      await db().insertEvents(owner.workspace.id, owner.deviceId, events, Number.MAX_SAFE_INTEGER);
    }
    const snapshot = () =>
      Promise.all(
        ['workspaces', 'events', 'indicator_days', 'devices'].map((table) =>
          query(`select * from ${table} order by 1, 2`),
        ),
      );
    const before = await snapshot();
    await db().warmUp();
    expect(await snapshot()).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import { watchHealth } from './health';
import type { Database } from './types';

describe('watchHealth', () => {
  it('pings only when no query succeeded within the last second', async () => {
    let ms = 0;
    let pings = 0;
    let down = false;
    const db = {
      ping: async () => {
        pings++;
        if (down) throw new Error('ECONNREFUSED');
      },
      countWorkspaces: async () => {
        if (down) throw new Error('ECONNREFUSED');
        return 1;
      },
    } as unknown as Database;
    const { db: watched, check } = watchHealth(db, () => ms);
    await check(); // nothing known yet: ping
    expect(pings).toBe(1);
    ms += 900;
    await watched.countWorkspaces(); // a query just answered: it vouches for the database
    ms += 900;
    await check();
    expect(pings).toBe(1);
    ms += 200; // 1.1 s since the query
    await check();
    expect(pings).toBe(2);
    down = true;
    ms += 1000;
    await expect(watched.countWorkspaces()).rejects.toThrow(); // failures vouch for nothing
    await expect(check()).rejects.toThrow('ECONNREFUSED');
  });
});

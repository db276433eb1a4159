// Queries take turns with the rest of the server: whatever waits on the event loop runs between
// two of them, and a transaction is one turn.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { takingTurns, turns } from './takeTurns';

describe('turns', () => {
  it('runs tasks one at a time, in order, letting the event loop turn between them', async () => {
    const take = turns();
    const log: string[] = [];
    const task = (name: string) => () => {
      log.push(`start ${name}`);
      // What a request arriving meanwhile would do: it runs before the next task starts.
      setImmediate(() => log.push(`other after ${name}`));
      return Promise.resolve(name);
    };
    const results = await Promise.all(['a', 'b', 'c'].map((n) => take(task(n))));
    expect(results).toEqual(['a', 'b', 'c']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual([
      'start a',
      'other after a',
      'start b',
      'other after b',
      'start c',
      'other after c',
    ]);
  });

  it('goes on after a task that fails', async () => {
    const take = turns();
    const failed = take(() => Promise.reject(new Error('refused')));
    await expect(failed).rejects.toThrow('refused');
    await expect(take(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});

describe('takingTurns', () => {
  const client = new PGlite();
  afterAll(() => client.close());

  it('serves a waiting request between two queries, and keeps a transaction whole', async () => {
    const db = takingTurns(client);
    await db.exec('create table t (n int)');
    const log: string[] = [];
    const slow = () => db.query('select count(*) from generate_series(1, 50000)');
    const first = slow().then(() => {
      log.push('query 1');
      setImmediate(() => log.push('request'));
    });
    const second = slow().then(() => log.push('query 2'));
    const tx = db.transaction(async (t) => {
      await t.query('insert into t values (1)');
      await t.query('insert into t values (2)');
      log.push('transaction');
    });
    await Promise.all([first, second, tx]);
    expect(log).toEqual(['query 1', 'request', 'query 2', 'transaction']);
    expect((await db.query<{ n: number }>('select count(*)::int as n from t')).rows[0]!.n).toBe(2);
    expect(db).toBeInstanceOf(PGlite);
  });
});

// The group commit's queue: who shares a group, who gets which answer, and what a failure costs.
import { describe, expect, it } from 'vitest';
import { groupCommit } from './groupCommit';

interface Item {
  name: string;
  size: number;
}

/** A runner that records its groups and answers each item with its name, or throws on "bad". */
function recorder() {
  const groups: string[][] = [];
  const run = async (items: readonly Item[]) => {
    groups.push(items.map((i) => i.name));
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (items.some((i) => i.name.startsWith('bad'))) throw new Error('refused');
    return items.map((i) => `ok:${i.name}`);
  };
  return { groups, run };
}

const item = (name: string, size = 50): Item => ({ name, size });

describe('groupCommit', () => {
  it('runs together the items of one turn, and those that arrive while a group runs', async () => {
    const { groups, run } = recorder();
    const queue = groupCommit(run, 500);
    const first = ['a', 'b'].map((n) => queue.submit(item(n)));
    await new Promise((resolve) => setImmediate(resolve)); // the first group has started
    const second = ['c', 'd'].map((n) => queue.submit(item(n)));
    expect(await Promise.all([...first, ...second])).toEqual(['ok:a', 'ok:b', 'ok:c', 'ok:d']);
    expect(groups).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps a group within its size, and runs a larger item alone', async () => {
    const { groups, run } = recorder();
    const queue = groupCommit(run, 100);
    await Promise.all([
      queue.submit(item('a')),
      queue.submit(item('b', 60)),
      queue.submit(item('c', 40)),
      queue.submit(item('d', 30)),
      queue.submit(item('e', 500)),
      queue.submit(item('f', 10)),
    ]);
    expect(groups).toEqual([['a'], ['b', 'c'], ['d'], ['e'], ['f']]);
  });

  it('replays a failed group item by item: only the item at fault gets the error', async () => {
    const { groups, run } = recorder();
    const queue = groupCommit(run, 500);
    const settled = await Promise.allSettled(
      ['a', 'b', 'bad', 'c'].map((n) => queue.submit(item(n))),
    );
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : 'error'))).toEqual([
      'ok:a',
      'ok:b',
      'error',
      'ok:c',
    ]);
    expect(groups).toEqual([['a', 'b', 'bad', 'c'], ['a'], ['b'], ['bad'], ['c']]);
  });

  it('drains: resolves once every submitted item is answered, and starts again after', async () => {
    const { groups, run } = recorder();
    const queue = groupCommit(run, 500);
    const answered: string[] = [];
    for (const n of ['a', 'b']) void queue.submit(item(n)).then((a) => answered.push(a));
    await queue.drain();
    expect(answered).toEqual(['ok:a', 'ok:b']);
    await expect(queue.submit(item('later'))).resolves.toBe('ok:later');
    expect(groups).toEqual([['a', 'b'], ['later']]);
  });
});

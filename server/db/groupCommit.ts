// Group commit for the ingest: pushes that arrive while a transaction runs wait and then share
// the next one. A 50-event push spends most of its database time on what every statement pays
// (planning, the protocol, the commit and its flush), so ten pushes in one statement cost little
// more than one. Each push still gets its own answer: a transaction that fails for several
// pushes is replayed for each alone, so one bad push never fails the others.

/** A unit of work to group: its size (events) decides how many share a transaction. */
export interface Sized {
  size: number;
}

/**
 * Runs several items in one go and answers each, in order. Throwing means none was done (the
 * transaction rolled back).
 */
export type RunGroup<I, O> = (items: readonly I[]) => Promise<O[]>;

interface Waiting<I, O> {
  item: I;
  resolve: (outcome: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Queues items and runs them in groups, one group at a time, of up to `maxSize` (an item larger
 * than that runs alone). Items are taken in arrival order. A group that throws is replayed item
 * by item, each then getting its own answer or error. `drain()` waits until nothing is queued or
 * running.
 */
export function groupCommit<I extends Sized, O>(run: RunGroup<I, O>, maxSize: number) {
  const queue: Waiting<I, O>[] = [];
  let running: Promise<void> | null = null;

  /** Runs `group` alone; settles each of its waiters. */
  async function settle(group: Waiting<I, O>[]): Promise<void> {
    try {
      const outcomes = await run(group.map((w) => w.item));
      group.forEach((w, i) => {
        w.resolve(outcomes[i]!);
      });
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      for (const waiter of group) await settle([waiter]);
    }
  }

  /** Takes the next group off the queue: at least one item, then while the size allows. */
  function nextGroup(): Waiting<I, O>[] {
    const group = [queue.shift()!];
    let size = group[0]!.item.size;
    while (queue.length > 0 && size + queue[0]!.item.size <= maxSize) {
      const waiter = queue.shift()!;
      size += waiter.item.size;
      group.push(waiter);
    }
    return group;
  }

  async function loop(): Promise<void> {
    // Let the requests already read in this turn of the event loop join the first group. The
    // embedded database runs on this thread: once a transaction starts, nothing else is read
    // until it ends, so without this wait every push would run alone.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (queue.length > 0) await settle(nextGroup());
    } finally {
      running = null;
    }
  }

  return {
    /** Queues `item`; resolves with its own outcome once its group has run. */
    submit(item: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        running ??= loop();
      });
    },
    /** Resolves once every item submitted so far has been answered. */
    async drain(): Promise<void> {
      while (running) await running;
    },
  };
}

// A process that takes a data folder's lock and keeps it until killed (for the lock tests):
// `node --import tsx server/test/lockHolder.ts <dataDir>` prints "locked <pid>" once it holds it.
import { acquireLock } from '../db/lock';

const dir = process.argv[2];
if (!dir) throw new Error('usage: lockHolder.ts <dataDir>');
await acquireLock(dir, { staleMs: 2000, updateMs: 1000 });
process.stdout.write(`locked ${process.pid}\n`);
setInterval(() => {}, 60_000);

// A lock file per data folder: PGlite has no locking between processes, and two servers on one
// folder silently lose rows. Invariant: at most one live process holds `<dataDir>/server.lock`.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Thrown when another live process already uses the data folder. */
export class LockError extends Error {
  override name = 'LockError';
}

/** A held lock; `release()` removes the file if it is still ours. */
export interface Lock {
  readonly path: string;
  release(): void;
}

interface Owner {
  pid: number;
  host: string;
  nonce: string;
  since: string;
}

/** True when a process with this pid exists (EPERM means it exists but is not ours). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): Owner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Owner;
  } catch {
    return null; // vanished, or half-written by a process that died: treat as stale
  }
}

function tryCreate(path: string, owner: Owner): boolean {
  try {
    const fd = openSync(path, 'wx'); // fails if the file exists: the atomic step
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the data folder's lock, taking over a stale one left by a dead process. */
export function acquireLock(dataDir: string): Lock {
  const path = join(dataDir, 'server.lock');
  const me: Owner = {
    pid: process.pid,
    host: hostname(),
    nonce: randomUUID(),
    since: new Date().toISOString(),
  };
  if (!tryCreate(path, me)) {
    const holder = readOwner(path);
    if (holder && (holder.host !== me.host || isAlive(holder.pid))) {
      throw new LockError(
        `The data folder ${dataDir} is in use by process ${holder.pid} on ${holder.host} ` +
          `(since ${holder.since}). Stop that server first, or set another DATA_DIR. ` +
          `If no such process runs, delete ${path}.`,
      );
    }
    // Stale: its process is gone. Two processes racing for the same stale lock both unlink,
    // but only one of them can then create the file.
    try {
      unlinkSync(path);
    } catch {}
    if (!tryCreate(path, me)) {
      throw new LockError(`Another process took the lock on ${dataDir} at the same moment.`);
    }
  }
  const onExit = () => release();
  function release() {
    process.off('exit', onExit);
    if (readOwner(path)?.nonce === me.nonce) unlinkSync(path);
  }
  process.on('exit', onExit); // a crash still frees the folder for the next start
  return { path, release };
}

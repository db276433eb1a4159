// A lock per data folder: PGlite has no locking between processes, and two servers on one folder
// silently lose rows. Invariant: at most one live process holds `<dataDir>/server.lock`.
//
// The lock is proper-lockfile's: an atomic mkdir, whose mtime the holder refreshes every
// `updateMs`. A lock not refreshed for `staleMs` is stale, whoever held it. Staleness never
// depends on a PID or a host name, so a recycled PID, a restart through `exec` (same PID), a
// renamed host or a zombie waiting to be reaped cannot keep a server from starting again.
// `server.lock.json` beside it says who holds it, for the error message only.
import { readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** Thrown when another live process already uses the data folder. */
export class LockError extends Error {
  override name = 'LockError';
}

/** A held lock; `release()` frees the folder. */
export interface Lock {
  readonly path: string;
  release(): Promise<void>;
}

/** Timing of the lock (defaults suit a server; tests shorten them). */
export interface LockTiming {
  /** A lock not refreshed for this long is stale (default 10 s, at least 2 s). */
  staleMs?: number;
  /** How often the holder refreshes it (default 2 s, at least 1 s, at most staleMs / 2). */
  updateMs?: number;
  /** Called if the lock is lost while held (another process took it, or it was deleted). */
  onCompromised?: (error: Error) => void;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readHolder(path: string): Holder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

/** When the lock was last refreshed (ms since the epoch), or null when there is no lock. */
function refreshedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Removes a lock file left by the earlier format (a plain file, never refreshed). Its PID is the
 * only clue it has: kept (LockError) if that process runs on this host, removed otherwise.
 */
function dropLegacyLock(path: string, dataDir: string): void {
  let legacy = false;
  try {
    legacy = statSync(path).isFile();
  } catch {}
  if (!legacy) return;
  const holder = readHolder(path);
  let alive = false;
  try {
    if (holder && holder.host === hostname() && holder.pid !== process.pid) {
      process.kill(holder.pid, 0);
      alive = true;
    }
  } catch (error) {
    alive = (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (alive) {
    throw new LockError(
      `The data folder ${dataDir} is in use by an older server (process ${holder?.pid}). ` +
        `Stop it first; if no such server runs, delete ${path}.`,
    );
  }
  unlinkSync(path);
}

function busy(dataDir: string, path: string): LockError {
  const holder = readHolder(`${path}.json`);
  const who = holder
    ? `process ${holder.pid} on ${holder.host} (since ${holder.since})`
    : 'a server';
  return new LockError(
    `The data folder ${dataDir} is in use by ${who}, which keeps its lock fresh. ` +
      'Stop that server first, or set another DATA_DIR.',
  );
}

/**
 * Takes the data folder's lock. When it is held, watches it for one refresh period: a live
 * holder refreshes it (LockError); a lock left by a crash is not refreshed, so this waits until
 * it is stale and takes it over — a supervisor restarting a crashed server never loops on
 * errors, and a live server is never displaced.
 */
export async function acquireLock(dataDir: string, timing: LockTiming = {}): Promise<Lock> {
  const staleMs = Math.max(timing.staleMs ?? 10_000, 2000);
  const updateMs = Math.min(Math.max(timing.updateMs ?? 2000, 1000), staleMs / 2);
  const path = join(dataDir, 'server.lock');
  dropLegacyLock(path, dataDir);
  for (;;) {
    try {
      const unlock = await lockfile.lock(dataDir, {
        lockfilePath: path,
        stale: staleMs,
        update: updateMs,
        realpath: false,
        onCompromised: (error) => {
          if (timing.onCompromised) timing.onCompromised(error);
          else throw error;
        },
      });
      const holder: Holder = {
        pid: process.pid,
        host: hostname(),
        since: new Date().toISOString(),
      };
      writeFileSync(`${path}.json`, JSON.stringify(holder));
      return {
        path,
        async release() {
          rmSync(`${path}.json`, { force: true });
          await unlock().catch(() => {}); // already released or compromised: nothing to free
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const seen = refreshedAt(path);
      if (seen === null) continue; // released meanwhile: try again
      // Longer than one refresh period (mtimes may be rounded up to the second).
      await sleep(updateMs * 1.5 + 250);
      const now = refreshedAt(path);
      if (now === null) continue;
      if (now !== seen) throw busy(dataDir, path);
      await sleep(Math.max(0, staleMs - (Date.now() - now)) + 50);
    }
  }
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, LockError } from './lock';

const dirs: string[] = [];
function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'etabli-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('data folder lock', () => {
  it('refuses a second holder while the first lives, then frees the folder', () => {
    const dir = dataDir();
    const lock = acquireLock(dir);
    expect(() => acquireLock(dir)).toThrow(LockError);
    expect(() => acquireLock(dir)).toThrow(`in use by process ${process.pid}`);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    acquireLock(dir).release();
  });

  it('takes over a stale lock left by a dead process', () => {
    const dir = dataDir();
    const path = join(dir, 'server.lock');
    const pid = deadPid();
    writeFileSync(
      path,
      JSON.stringify({ pid, host: hostname(), nonce: 'old', since: '2026-01-01' }),
    );
    const lock = acquireLock(dir);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    writeFileSync(path, '{"pid": 1'); // half-written by a crash: stale too
    acquireLock(dir).release();
  });

  it('refuses a lock held from another host, and never removes a lock it does not hold', () => {
    const dir = dataDir();
    const path = join(dir, 'server.lock');
    const foreign = { pid: deadPid(), host: 'other-host', nonce: 'x', since: '2026-01-01' };
    writeFileSync(path, JSON.stringify(foreign));
    expect(() => acquireLock(dir)).toThrow('on other-host');
    rmSync(path);
    const lock = acquireLock(dir);
    writeFileSync(path, JSON.stringify(foreign)); // someone replaced it
    lock.release();
    expect(existsSync(path)).toBe(true);
  });
});

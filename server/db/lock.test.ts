import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, type Lock, LockError } from './lock';

// Short timings keep the tests quick; the server uses 10 s / 2 s.
const TIMING = { staleMs: 2000, updateMs: 1000 };
const dirs: string[] = [];
const children: ChildProcess[] = [];
const locks: Lock[] = [];

function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'etabli-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const lock of locks.splice(0)) await lock.release();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function take(dir: string): Promise<Lock> {
  const lock = await acquireLock(dir, TIMING);
  locks.push(lock);
  return lock;
}

/** Resolves with the pid the child prints once it holds the lock. */
function lockedBy(child: ChildProcess): Promise<number> {
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /locked (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`holder exited (${code}): ${out}`)));
  });
}

const holderArgs = (dir: string) => ['--import', 'tsx', 'server/test/lockHolder.ts', dir];

/** A server that took the lock, then was killed with SIGKILL (no clean-up at all). */
async function crashedHolder(dir: string): Promise<number> {
  const child = spawn(process.execPath, holderArgs(dir), { stdio: ['ignore', 'pipe', 'inherit'] });
  const pid = await lockedBy(child);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  return pid;
}

/** Rewrites who the lock says holds it, as after a PID reuse, an `exec` or a new host name. */
function claim(dir: string, holder: { pid: number; host: string }) {
  writeFileSync(join(dir, 'server.lock.json'), JSON.stringify({ ...holder, since: '2026-01-01' }));
}

/** Ages the lock as if its holder had stopped refreshing it `ms` ago. */
function age(dir: string, ms: number) {
  const then = new Date(Date.now() - ms);
  utimesSync(join(dir, 'server.lock'), then, then);
}

describe('data folder lock', () => {
  it('refuses a second holder while the first lives, then frees the folder', async () => {
    const dir = dataDir();
    const lock = await take(dir);
    await expect(acquireLock(dir, TIMING)).rejects.toThrow(LockError);
    await expect(acquireLock(dir, TIMING)).rejects.toThrow(`process ${process.pid} on`);
    await lock.release();
    expect(existsSync(lock.path)).toBe(false);
    await (await take(dir)).release();
  });

  it('refuses a live holder in another process, kept fresh for longer than the stale time', async () => {
    const dir = dataDir();
    const child = spawn(process.execPath, holderArgs(dir), {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = await lockedBy(child);
    await new Promise((resolve) => setTimeout(resolve, TIMING.staleMs + 500));
    await expect(acquireLock(dir, TIMING)).rejects.toThrow(`process ${pid}`);
  }, 20_000);

  it('takes over after a crash once the lock is stale, instead of failing', async () => {
    const dir = dataDir();
    await crashedHolder(dir);
    // A supervisor restarts at once: the start waits for staleness, then goes on.
    const started = Date.now();
    const lock = await take(dir);
    expect(Date.now() - started).toBeLessThan(TIMING.staleMs + 1500);
    expect(JSON.parse(readFileSync(`${lock.path}.json`, 'utf8')).pid).toBe(process.pid);
  }, 20_000);

  it('takes over a stale lock whose PID now belongs to another live process', async () => {
    const dir = dataDir();
    await crashedHolder(dir);
    claim(dir, { pid: process.ppid, host: hostname() }); // the PID was given to another process
    age(dir, TIMING.staleMs + 1000);
    await take(dir);
  }, 20_000);

  it('takes over a stale lock that names this very process (a restart through exec)', async () => {
    const dir = dataDir();
    await crashedHolder(dir);
    claim(dir, { pid: process.pid, host: hostname() });
    age(dir, TIMING.staleMs + 1000);
    await take(dir);
  }, 20_000);

  it('takes over a stale lock written under another host name', async () => {
    const dir = dataDir();
    await crashedHolder(dir);
    claim(dir, { pid: process.pid, host: 'old-hostname' });
    age(dir, TIMING.staleMs + 1000);
    await take(dir);
  }, 20_000);

  it('takes over the lock of a zombie process not yet reaped', async () => {
    const dir = dataDir();
    // sh starts the holder, then becomes `sleep`, which never reaps it: once killed, it stays a
    // zombie, whose PID still answers kill(pid, 0).
    const parent = spawn(
      'sh',
      ['-c', `"${process.execPath}" ${holderArgs(dir).join(' ')} & exec sleep 30`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const pid = await lockedBy(parent);
    process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readFileSync(`/proc/${pid}/stat`, 'utf8')).toMatch(/^\d+ \(\S+\) Z /);
    expect(() => process.kill(pid, 0)).not.toThrow();
    await take(dir);
  }, 20_000);

  it('removes a lock file left by the earlier format unless its process runs here', async () => {
    const dir = dataDir();
    const path = join(dir, 'server.lock');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(path, JSON.stringify({ pid: dead, host: hostname(), nonce: 'x', since: 'x' }));
    await (await take(dir)).release();
    writeFileSync(path, JSON.stringify({ pid: process.ppid, host: hostname() }));
    await expect(acquireLock(dir, TIMING)).rejects.toThrow('older server');
  });

  it('reports a lock lost while held (its folder removed)', async () => {
    const dir = dataDir();
    let lost: Error | null = null;
    const lock = await acquireLock(dir, {
      ...TIMING,
      onCompromised: (error) => {
        lost = error;
      },
    });
    locks.push(lock);
    rmSync(lock.path, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, TIMING.updateMs + 500));
    expect(lost).not.toBeNull();
  });
});

// The real processes: the CLI, then the server on a free port, its lock, and a graceful stop.
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rating } from './test/fixtures';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'etabli-data-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  STATIC_DIR: join(dataDir, 'none'),
};
delete env.DATABASE_URL; // always the embedded database here
const lockPath = join(dataDir, 'server.lock');
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['server/cli.ts', ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * POSTs JSON in two halves: `started` resolves once the server has read the headers (it answers
 * `Expect: 100-continue`), `finish()` sends the rest.
 */
function slowPost(port: number, path: string, body: string, token: string) {
  const req = request({
    host: '127.0.0.1',
    port,
    path,
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      Authorization: `Bearer ${token}`,
      Expect: '100-continue',
    },
  });
  const started = new Promise<void>((resolve) => req.on('continue', resolve));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  req.flushHeaders();
  return {
    started,
    finish: () => req.end(body.slice(half)),
    response: started.then(() => {
      req.write(body.slice(0, half));
      return response;
    }),
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Starts server/main.ts on a free port; resolves once it says where it listens. */
async function startServer(extra: NodeJS.ProcessEnv = {}) {
  // One process (node with tsx's loader), so that a signal, even SIGKILL, reaches the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...env, PORT: '0', ...extra },
  });
  server = child;
  const output = { stdout: '' };
  child.stdout!.on('data', (chunk) => {
    output.stdout += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /open http:\/\/127\.0\.0\.1:(\d+)\//.exec(output.stdout);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', () => reject(new Error(`server exited: ${output.stdout}`)));
  });
  return { child, output, exited, port, base: `http://127.0.0.1:${port}` };
}

describe('processes', () => {
  let workspaceId = '';
  let ownerCode = '';

  it('prints a setup code at its first start; the first phone creates the team with it', async () => {
    const { child, output, exited, base } = await startServer();
    const code = /Setup code: (\w{4}-\w{4}-\w{2})/.exec(output.stdout)?.[1];
    expect(code).toBeDefined();
    const created = await fetch(`${base}/v1/setup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, workspaceName: 'Équipe', deviceName: 'Téléphone' }),
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ role: 'owner', workspace: { name: 'Équipe' } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Request logs never hold the code.
    expect(
      output.stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .join('\n'),
    ).not.toContain(code!);

    const again = await cli('setup-code', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      setupCode: expect.stringMatching(/^\w{4}-\w{4}-\w{2}$/),
      expiresAt: expect.any(String),
    });
  }, 240_000); // a first start initialises the embedded database: slow on a busy machine

  it('creates a workspace from the command line', async () => {
    const { code, stdout, stderr } = await cli(
      'workspace',
      'create',
      '--name',
      'Atelier',
      '--json',
    );
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    ({ workspaceId, ownerCode } = JSON.parse(stdout));
    expect(workspaceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ownerCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    expect(existsSync(lockPath)).toBe(false);
  }, 120_000);

  it('serves, holds the folder, and stops gracefully on SIGTERM', async () => {
    const started = await startServer();
    const { exited, port, base, output } = started;
    const stdout = () => output.stdout;
    // A workspace exists: no setup code this time.
    expect(stdout()).not.toContain('Setup code');
    expect(await (await fetch(`${base}/v1/health`)).json()).toEqual({ status: 'ok', db: 'pglite' });

    // A second process on the same folder is refused, with a clear message.
    const second = await cli('pairing', 'create', '--workspace', workspaceId, '--json');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`is in use by process`);

    const paired = await fetch(`${base}/v1/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: ownerCode, deviceName: 'Téléphone' }),
    });
    expect(paired.status).toBe(201);
    const { token } = (await paired.json()) as { token: string };

    // Half a request is on the wire when SIGTERM arrives: it must still be answered.
    const inFlight = slowPost(
      port,
      '/v1/events',
      JSON.stringify({ events: [rating('2026-03-30T10:00:00+02:00', 5)] }),
      token,
    );
    await inFlight.started;
    started.child.kill('SIGTERM');
    await until(() => stdout().includes('"event":"shutdown"')); // the server got the signal
    inFlight.finish();
    expect(await inFlight.response).toEqual({ status: 200, body: '{"accepted":1,"duplicates":0}' });
    expect(await exited).toBe(0);
    expect(existsSync(lockPath)).toBe(false);

    const logs = stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(logs).toContainEqual(
      expect.objectContaining({ method: 'POST', path: '/v1/events', status: 200 }),
    );
    expect(logs[0]).toEqual({
      time: expect.any(String),
      method: 'GET',
      path: '/v1/health',
      status: 200,
      ms: expect.any(Number),
    });
    expect(stdout()).not.toContain(token);
  }, 120_000);

  it('removes the lock file of an earlier version whose server died', async () => {
    const pid = spawnSync(process.execPath, ['-e', '']).pid!; // a process that has exited
    writeFileSync(
      lockPath,
      JSON.stringify({ pid, host: hostname(), nonce: 'dead', since: '2026-01-01' }),
    );
    const { code, stdout } = await cli('pairing', 'create', '--workspace', workspaceId, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ code: expect.stringMatching(/^\w{4}-\w{4}-\w{2}$/) });
    expect(existsSync(lockPath)).toBe(false);
  }, 120_000);

  it('keeps every acknowledged event exactly once, figures included, through a kill -9', async () => {
    const { stdout } = await cli('pairing', 'create', '--workspace', workspaceId, '--json');
    const { code } = JSON.parse(stdout) as { code: string };
    // Limits off: the same 6,000 events are sent twice within seconds.
    let running = await startServer({ RATE_LIMIT: '0' });
    const paired = await fetch(`${running.base}/v1/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, deviceName: 'Téléphone' }),
    });
    const { token } = (await paired.json()) as { token: string };
    const occurredAt = new Date().toISOString();
    const batches = Array.from({ length: 12 }, () =>
      Array.from({ length: 500 }, () => ({
        id: randomUUID(),
        type: 'time_saved',
        occurredAt,
        minutes: 1,
        category: 'quotes',
      })),
    );
    const push = (base: string, events: unknown[]) =>
      fetch(`${base}/v1/events`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ events }),
      });
    // Pushes run back to back; the server is killed while one is in flight.
    let acknowledged = 0;
    const pushing = (async () => {
      for (const batch of batches) {
        const response = await push(running.base, batch).catch(() => null);
        if (response?.status !== 200) return;
        acknowledged += 1;
      }
    })();
    await until(() => acknowledged >= 3);
    running.child.kill('SIGKILL');
    await pushing;
    expect(acknowledged).toBeLessThan(batches.length);

    // Restarted at once (it waits for the dead server's lock to go stale), the phone sends all
    // again: what was stored is acknowledged as duplicates, the rest is stored once.
    running = await startServer({ RATE_LIMIT: '0' });
    for (const batch of batches) expect((await push(running.base, batch)).status).toBe(200);
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const figures = await fetch(
      `${running.base}/v1/indicators?from=${day(-1)}&to=${day(1)}&groupBy=category`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(((await figures.json()) as { totals: unknown }).totals).toEqual({
      minutes: 6000,
      events: 6000,
      ratings: 0,
      ratingAvg: null,
    });
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  }, 180_000);
});

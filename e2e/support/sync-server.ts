import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

// The real sync server as it runs in production (dist-server/main.js, built by `npm run build`,
// plain Node) for e2e: its own port and embedded database folder, serving the already built app
// (dist/) on the same origin as the API. Nothing is built here.

const root = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** A running sync server that can be stopped and started again on the same port and data. */
export interface SyncServer {
  /** Origin of the app and the API, e.g. http://127.0.0.1:41234. */
  url: string;
  workspaceId: string;
  /** The single-use code that makes the first device the owner ('' when started without a team). */
  ownerCode: string;
  /**
   * The setup code the server printed at start, with which the first phone creates the team
   * ('' when the server started with a team already).
   */
  setupCode: string;
  /** Stops the server as an operator would (SIGTERM: in-flight requests finish, then it exits). */
  stop(): Promise<void>;
  /** Starts it again (same port, same data) and waits until it answers. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

/** A free loopback port. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('No port');
  return address.port;
}

/** The compiled server's entry points (one Node process each, so signals reach it). */
const entry = (name: 'main' | 'cli') => join(root, 'dist-server', `${name}.js`);

/** Creates a workspace with the CLI (the server must not be running on that folder). */
async function createWorkspace(
  env: NodeJS.ProcessEnv,
  name: string,
): Promise<{ workspaceId: string; ownerCode: string }> {
  const { stdout } = await run(
    process.execPath,
    [entry('cli'), 'workspace', 'create', '--name', name, '--json'],
    { cwd: root, env },
  );
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as { workspaceId: string; ownerCode: string };
}

/** Waits until GET /v1/health answers 200, or fails after `timeoutMs`. */
async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The sync server exited (${child.exitCode})`);
    const ok = await fetch(`${url}/v1/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The sync server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts a sync server with a fresh data folder and a workspace named `workspaceName`, or with
 * none (`null`): then the server prints a setup code for the first phone.
 */
export async function startSyncServer(
  workspaceName: string | null = 'Plâtrerie Martin',
): Promise<SyncServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'etabli-sync-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    STATIC_DIR: join(root, 'dist'),
    TZ: 'Europe/Paris',
  };
  const workspace =
    workspaceName === null
      ? { workspaceId: '', ownerCode: '' }
      : await createWorkspace(env, workspaceName).catch(async (error: unknown) => {
          await rm(dataDir, { recursive: true, force: true });
          throw error;
        });
  let printed = '';

  let child: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    if (child && child.exitCode === null) return;
    const started = spawn(process.execPath, [entry('main')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    // Kept for the error message if it fails; the request log is not needed otherwise.
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      printed ||= /Setup code: (\S+)/.exec(output)?.[1] ?? '';
    };
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    try {
      await waitForHealth(url, started);
    } catch (error) {
      started.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${output}`);
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((done) => running.once('exit', () => done()));
    running.kill('SIGTERM');
    const forced = setTimeout(() => running.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(forced);
  };

  try {
    await start();
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    ...workspace,
    get setupCode() {
      return printed;
    },
    stop,
    start,
    dispose: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

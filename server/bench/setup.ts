// The bench's surroundings: a server process on a free loopback port, a PostgreSQL to measure.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { type Cluster, hasPostgres, startCluster } from '../test/pgCluster';

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the compiled server (dist-server/main.js) like `npm start` would, without the app and,
 * unless `env` says otherwise, without rate limits.
 */
export async function startServer(
  env: Record<string, string>,
): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join('dist-server', 'main.js')], {
    env: {
      ...process.env,
      RATE_LIMIT: '0',
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      STATIC_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'], // request logs are written, as in production
  });
  const base = `http://127.0.0.1:${port}`;
  // A rebuild of the indicator days (a changed TZ) may take a while on a big database.
  for (let i = 0; i < 3000 && child.exitCode === null; i++) {
    const ok = await fetch(`${base}/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('the server did not start');
}

/** Stops a server process with SIGTERM and waits for it to exit. */
export async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Databases for the bench: DATABASE_URL's as it is (the bench adds its workspaces to it), else
 * fresh ones on a private cluster.
 */
export async function postgresTarget(): Promise<{
  urlOf: (name: string) => Promise<string>;
  cluster?: Cluster;
} | null> {
  const given = process.env.DATABASE_URL;
  if (given) return { urlOf: async () => given };
  if (!hasPostgres()) return null;
  // fsync stays on: this measures PostgreSQL as it would run in production.
  const cluster = await startCluster({
    dir: '.tmp/pg-bench',
    port: Number(process.env.PG_BENCH_PORT ?? 55433),
    database: 'postgres',
  });
  return { urlOf: (name) => freshDatabase(cluster.url, name), cluster };
}

/** Creates (again) database `name` on the server of `adminUrl`; returns its URL. */
async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

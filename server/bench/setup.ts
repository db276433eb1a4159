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

/** Starts server/main.ts like `npm start` would (without the app, without rate limits). */
export async function startServer(
  env: Record<string, string>,
): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['server/main.ts'], {
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      RATE_LIMIT: '0',
      STATIC_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'], // request logs are written, as in production
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
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

/** A fresh database for the bench: DATABASE_URL's as is, else one on a private cluster. */
export async function postgresTarget(): Promise<{ url: string; cluster?: Cluster } | null> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  if (!hasPostgres()) return null;
  // fsync stays on: this measures PostgreSQL as it would run in production.
  const cluster = await startCluster({
    dir: '.tmp/pg-bench',
    port: Number(process.env.PG_BENCH_PORT ?? 55433),
    database: 'postgres',
  });
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('drop database if exists etabli_bench with (force)');
  await admin.query('create database etabli_bench');
  await admin.end();
  return { url: cluster.urlOf('etabli_bench'), cluster };
}

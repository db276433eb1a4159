// `npm run bench:server`, on PGlite and on PostgreSQL 15: raw ingest through the Database
// interface; HTTP pushes under autocannon; /v1/indicators over a workspace of 1,000,000 events;
// /v1/health while one token hammers the indicators and another pushes. Each figure is printed
// beside the last one measured before the server was hardened. Loopback only; ~5 min.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite, openPostgres } from '../db/client';
import type { Database } from '../db/types';
import { createWorkspace } from '../workspaces';
import { BIG, type BigWorkspace, bigPglite, bigPostgres } from './bigWorkspace';
import { freshEvents, healthLoad, indicatorsLoad, pushLoad } from './load';
import {
  BATCH,
  BATCHES,
  type EngineName,
  PER_REQUEST,
  PUSH_RATE,
  type Row,
  report,
  SECONDS,
} from './report';
import { postgresTarget, startServer, stopServer } from './setup';

interface Engine {
  name: EngineName;
  /** A fresh database for ingest, and the server environment that opens it. */
  fresh(): Promise<{ db: Database; env: Record<string, string> }>;
  /** The 1,000,000-event workspace, and the server environment that opens it. */
  big(): Promise<{ big: BigWorkspace; env: Record<string, string> }>;
}

/** Inserts BATCHES batches of BATCH events one after the other; events per second. */
async function rawIngest(db: Database): Promise<number> {
  const { workspaceId } = await createWorkspace(db, 'Ingest', new Date());
  const device = randomUUID();
  const batches = Array.from({ length: BATCHES }, () => freshEvents(BATCH));
  await db.insertEvents(workspaceId, device, freshEvents(BATCH), Number.MAX_SAFE_INTEGER);
  const start = performance.now();
  for (const batch of batches) {
    await db.insertEvents(workspaceId, device, batch, Number.MAX_SAFE_INTEGER);
  }
  return (BATCHES * BATCH) / ((performance.now() - start) / 1000);
}

/** Runs `measure` against a server started with `env`, then stops it. */
async function withServer<T>(env: Record<string, string>, measure: (base: string) => Promise<T>) {
  const { base, child } = await startServer(env);
  try {
    return await measure(base);
  } finally {
    await stopServer(child);
  }
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function benchEngine(engine: Engine): Promise<Row> {
  console.log(`${engine.name}: ingest…`);
  const { db, env } = await engine.fresh();
  const ingest = await rawIngest(db);
  const { ownerCode } = await createWorkspace(db, 'Bench', new Date());
  await db.close(); // the server process opens it next (PGlite: one process per folder)
  const [paced, max] = await withServer(env, async (base) => {
    const paired = await fetch(`${base}/v1/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: ownerCode, deviceName: 'bench' }),
    });
    const { token } = (await paired.json()) as { token: string };
    const load = { base, seconds: SECONDS, connections: 10 };
    await pushLoad({ ...load, seconds: 3 }, token, PER_REQUEST); // warm-up: JIT, caches, WAL
    return [
      await pushLoad({ ...load, overallRate: PUSH_RATE }, token, PER_REQUEST),
      await pushLoad(load, token, PER_REQUEST),
    ];
  });

  console.log(`${engine.name}: ${BIG.events.toLocaleString('en-US')} events…`);
  const { big, env: bigEnv } = await engine.big();
  const [from, to] = [day(-365), day(0)]; // the widest range a request may ask: 366 days
  const indicators = await withServer(bigEnv, async (base) => {
    const load = { base, seconds: SECONDS, connections: 4 };
    await indicatorsLoad({ ...load, seconds: 2 }, big.ownerToken, from, to);
    return indicatorsLoad(load, big.ownerToken, from, to);
  });
  const attacked: Row['attacked'] = [];
  for (const [limits, rate, warm] of [
    ['default, just started', '20', false],
    ['default, after 3 s', '20', true],
    ['no limits, after 3 s', '0', true],
  ] as const) {
    attacked.push(
      await withServer({ ...bigEnv, RATE_LIMIT: rate }, async (base) => {
        const load = { base, seconds: SECONDS, connections: 10 };
        const attack = (seconds: number) =>
          Promise.all([
            healthLoad({ base, seconds, connections: 2, overallRate: 50 }),
            indicatorsLoad({ ...load, seconds }, big.ownerToken, from, to),
            pushLoad({ ...load, seconds }, big.memberToken, PER_REQUEST),
          ]);
        if (warm) {
          await attack(3);
          await new Promise((resolve) => setTimeout(resolve, 1000)); // the buckets fill again
        }
        const [health, hammer, pushes] = await attack(SECONDS);
        return { limits, warm, health, indicators: hammer, pushes };
      }),
    );
  }
  return {
    engine: engine.name,
    ingest,
    paced,
    max,
    rebuildSeconds: big.rebuildSeconds,
    indicators,
    attacked,
  };
}

async function main() {
  const load1 = () => loadavg()[0]!.toFixed(1);
  console.log(`${availableParallelism()} cores, load average ${load1()} before the bench`);
  const rows: Row[] = [];
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'etabli-bench-')));
  try {
    rows.push(
      await benchEngine({
        name: 'PGlite',
        fresh: async () => ({ db: await openPglite(dirs[0]!), env: { DATA_DIR: dirs[0]! } }),
        big: async () => ({ big: await bigPglite(dirs[1]!), env: { DATA_DIR: dirs[1]! } }),
      }),
    );
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  const target = await postgresTarget();
  if (!target) console.warn('PostgreSQL 15 not found: PostgreSQL skipped.');
  else {
    try {
      rows.push(
        await benchEngine({
          name: 'PostgreSQL',
          fresh: async () => {
            const url = await target.urlOf('etabli_bench');
            return { db: await openPostgres(url), env: { DATABASE_URL: url } };
          },
          big: async () => {
            const url = await target.urlOf('etabli_bench_big');
            return { big: await bigPostgres(url), env: { DATABASE_URL: url } };
          },
        }),
      );
    } finally {
      await target.cluster?.stop();
    }
  }
  const ok = report(rows);
  console.log(`Load average ${load1()} after the bench (other processes skew the figures).`);
  console.log(ok ? '\nAll goals met.' : '\nSome goals were missed (see above).');
}

await main();

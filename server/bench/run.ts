// `npm run bench:server`: raw ingest through the Database interface, then HTTP under autocannon,
// on PGlite and on PostgreSQL. Loopback only, bounded in time (~1 min for both engines).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { TIME_CATEGORIES } from '../../src/domain/categories';
import type { IndicatorEvent } from '../../src/protocol/protocol';
import { openPglite, openPostgres } from '../db/client';
import type { Database } from '../db/types';
import { createWorkspace } from '../workspaces';
import { postgresTarget, startServer } from './setup';

const BATCHES = 40;
const BATCH = 500;
const PER_REQUEST = 50;
const SECONDS = 10;

/** `n` fresh indicator events: mostly minutes saved, some ratings and validations. */
function events(n: number): IndicatorEvent[] {
  const occurredAt = new Date().toISOString();
  return Array.from({ length: n }, (_, i): IndicatorEvent => {
    const id = randomUUID();
    if (i % 10 === 0) return { id, type: 'rating', occurredAt, stars: 1 + (i % 5) };
    if (i % 10 === 1) return { id, type: 'document_validated', occurredAt, templateId: 'review-5' };
    return {
      id,
      type: 'time_saved',
      occurredAt,
      minutes: 1 + (i % 60),
      category: TIME_CATEGORIES[i % 6]!,
    };
  });
}

/** Inserts BATCHES batches of BATCH events one after the other; events per second. */
async function rawIngest(db: Database): Promise<number> {
  const batches = Array.from({ length: BATCHES }, () => events(BATCH));
  await db.insertEvents(randomUUID(), randomUUID(), events(BATCH)); // warm-up
  const start = performance.now();
  for (const batch of batches) await db.insertEvents(randomUUID(), randomUUID(), batch);
  return (BATCHES * BATCH) / ((performance.now() - start) / 1000);
}

interface HttpRun {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

async function load(
  base: string,
  token: string,
  options: { overallRate?: number; seconds?: number } = {},
): Promise<HttpRun> {
  const { overallRate, seconds = SECONDS } = options;
  const result = await autocannon({
    url: `${base}/v1/events`,
    connections: 10,
    duration: seconds,
    ...(overallRate ? { overallRate } : {}),
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ events: events(PER_REQUEST) }),
        }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

interface Row {
  engine: string;
  ingest: number;
  paced: HttpRun;
  max: HttpRun;
}

async function benchEngine(
  engine: string,
  open: () => Promise<Database>,
  env: Record<string, string>,
): Promise<Row> {
  const db = await open();
  const ingest = await rawIngest(db);
  const { ownerCode } = await createWorkspace(db, 'Bench', new Date());
  await db.close(); // the server process opens it next (PGlite: one process per folder)

  const { base, child } = await startServer(env);
  try {
    const paired = await fetch(`${base}/v1/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: ownerCode, deviceName: 'bench' }),
    });
    const { token } = (await paired.json()) as { token: string };
    await load(base, token, { seconds: 3 }); // warm-up: JIT, caches, first WAL segments
    const paced = await load(base, token, { overallRate: 200 });
    const max = await load(base, token);
    return { engine, ingest, paced, max };
  } finally {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function main() {
  const load1 = () => loadavg()[0]!.toFixed(1);
  console.log(`${availableParallelism()} cores, load average ${load1()} before the bench`);
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'etabli-bench-'));
  try {
    console.log('PGlite…');
    rows.push(
      await benchEngine('PGlite (DATA_DIR)', () => openPglite(dataDir), { DATA_DIR: dataDir }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const target = await postgresTarget();
  if (!target) console.warn('PostgreSQL 15 not found: PostgreSQL skipped.');
  else {
    try {
      console.log('PostgreSQL…');
      rows.push(
        await benchEngine('PostgreSQL 15', () => openPostgres(target.url), {
          DATABASE_URL: target.url,
        }),
      );
    } finally {
      await target.cluster?.stop();
    }
  }

  console.log(
    `\nRaw ingest: ${BATCHES} batches of ${BATCH} through the Database interface (goal ≥ 20,000 events/s on PGlite)`,
  );
  console.table(rows.map((r) => ({ engine: r.engine, 'events/s': fmt(r.ingest) })));
  console.log(
    `\nHTTP POST /v1/events, ${PER_REQUEST} fresh events a request, 10 connections, ${SECONDS} s each (goal p99 < 100 ms at 200 req/s)`,
  );
  console.table(
    rows.flatMap((r) =>
      [['200 req/s', r.paced] as const, ['unthrottled', r.max] as const].map(([rate, run]) => ({
        engine: r.engine,
        rate,
        'req/s': fmt(run.rps),
        'events/s': fmt(run.rps * PER_REQUEST),
        'p50 ms': run.p50,
        'p99 ms': run.p99,
        failures: run.failures,
      })),
    ),
  );
  console.log(`Load average ${load1()} after the bench (other processes skew the figures).`);
  const pglite = rows[0]!;
  const ok =
    pglite.ingest >= 20_000 &&
    rows.every((r) => r.paced.p99 < 100 && r.paced.failures + r.max.failures === 0);
  console.log(ok ? '\nAll goals met.' : '\nSome goals were missed (see above).');
}

await main();

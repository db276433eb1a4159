// Once per test run: a migrated PGlite template (dumped, so each test file loads it in ~1 s
// instead of initialising for ~6 s) and a private PostgreSQL 15 cluster for the `postgres` variant.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { fromPglite } from '../db/client';
import { type Cluster, hasPostgres, PG_BIN, startCluster } from './pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test cluster's `etabli_test` database, or null: skip the variant. */
    databaseUrlTest: string | null;
    /** Path of the migrated PGlite template (a tar dump). */
    pgliteTemplate: string;
  }
}

const migrations = resolve(import.meta.dirname, '../db/migrations');

/** Dumps a freshly migrated PGlite, reusing the dump while migrations and PGlite are unchanged. */
async function pgliteTemplate(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(
    JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')).version,
  );
  for (const file of readdirSync(migrations, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.sql') || file.endsWith('.json'))
      hash.update(readFileSync(join(migrations, file)));
  }
  const path = resolve(`.tmp/pglite-template/${hash.digest('hex').slice(0, 16)}.tar`);
  if (!existsSync(path)) {
    const client = new PGlite();
    const db = await fromPglite(client);
    const dump = await client.dumpDataDir('none');
    mkdirSync(resolve('.tmp/pglite-template'), { recursive: true });
    writeFileSync(path, new Uint8Array(await dump.arrayBuffer()));
    await db.close();
  }
  return path;
}

async function postgres(): Promise<{ url: string | null; cluster?: Cluster }> {
  if (process.env.DATABASE_URL_TEST) return { url: process.env.DATABASE_URL_TEST };
  if (!hasPostgres()) {
    const why = `PostgreSQL 15 not found in ${PG_BIN} (apt-get install -y postgresql)`;
    if (process.env.CI) throw new Error(`${why}: the server tests need it on CI.`);
    console.warn(`\n⚠ ${why}: the postgres variant of the server tests is SKIPPED.\n`);
    return { url: null };
  }
  const cluster = await startCluster({
    dir: '.tmp/pg',
    port: Number(process.env.PG_TEST_PORT ?? 55432),
    database: 'etabli_test',
    fast: true,
  });
  return { url: cluster.url, cluster };
}

/** Vitest global setup: provides both databases, stops the cluster at teardown. */
export default async function setup(project: TestProject) {
  const [template, { url, cluster }] = await Promise.all([pgliteTemplate(), postgres()]);
  if (url) process.env.DATABASE_URL_TEST = url;
  project.provide('databaseUrlTest', url);
  project.provide('pgliteTemplate', template);
  return async () => {
    await cluster?.stop();
  };
}

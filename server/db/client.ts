// Opens the database: PGlite in a data folder by default, PostgreSQL when a URL is given.
// Either way the same migrations run first, so both engines always have the same schema.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { withAuthCache } from './authCache';
import { useTimeZone } from './eventStore';
import { acquireLock, type LockTiming } from './lock';
import { createDatabase } from './queries';
import * as schema from './schema';
import { takingTurns } from './takeTurns';
import type { Database } from './types';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any constant shared by every instance: they take turns migrating one PostgreSQL.
const MIGRATION_LOCK = 7_261_337;

/** The zone indicator days are cut in when none is given. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Where the database lives (a PostgreSQL URL, else an embedded data folder), and its zone. */
export interface DatabaseConfig {
  databaseUrl?: string;
  dataDir: string;
  timeZone?: string;
  /** PGlite's lock: timing, and what to do if it is lost while the server runs. */
  lock?: LockTiming;
}

/** Opens and migrates the configured database. */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  const timeZone = config.timeZone ?? DEFAULT_TIME_ZONE;
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, { timeZone })
    : openPglite(config.dataDir, { timeZone, lock: config.lock });
}

/** Opens PGlite in `dataDir` under its lock; throws LockError if another process has it. */
export async function openPglite(
  dataDir: string,
  options: { timeZone?: string; lock?: LockTiming } = {},
): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const lock = await acquireLock(dataDir, options.lock);
  try {
    const client = new PGlite(join(dataDir, 'pglite'));
    await client.waitReady;
    return await fromPglite(client, { timeZone: options.timeZone, onClose: lock.release });
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * Wraps an open PGlite (e.g. a test's clone), migrating it unless told it already is, with its
 * indicator days counted in `timeZone`.
 */
export async function fromPglite(
  client: PGlite,
  options: { migrate?: boolean; timeZone?: string; onClose?: () => Promise<void> } = {},
): Promise<Database> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const db = drizzlePglite({ client: takingTurns(client), schema });
  if (options.migrate !== false) await migratePglite(db, { migrationsFolder });
  await useTimeZone(db, timeZone);
  const database = createDatabase(db, 'pglite', timeZone, async () => {
    await client.close();
    await options.onClose?.();
  });
  // One PGlite has one writer (this process), so token lookups may be cached.
  return withAuthCache(database);
}

/** Opens a pool on PostgreSQL; instances sharing it migrate one at a time. */
export async function openPostgres(
  url: string,
  options: { poolSize?: number; timeZone?: string } = {},
): Promise<Database> {
  const { poolSize = 10, timeZone = DEFAULT_TIME_ZONE } = options;
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(`postgres pool: ${error.message}`));
  try {
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const db = drizzlePg({ client, schema });
      await migratePg(db, { migrationsFolder });
      await useTimeZone(db, timeZone);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createDatabase(drizzlePg({ client: pool, schema }), 'postgres', timeZone, () =>
    pool.end(),
  );
}

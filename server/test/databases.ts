// Runs a suite against both engines: PGlite (one template per file, a clone per test) and
// PostgreSQL (one database per file, emptied before each test).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { fromPglite, openPostgres } from '../db/client';
import type { Database } from '../db/types';

/** What a test gets: a fresh database, and raw SQL to look inside it. */
export interface TestDatabase {
  db(): Database;
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** The same data opened again with its indicator days cut in another zone (closed for you). */
  reopen(timeZone: string): Promise<Database>;
}

function pgliteVariant(suite: (t: TestDatabase) => void) {
  describe('pglite', () => {
    let template: PGlite;
    let client: PGlite;
    let db: Database;
    beforeAll(async () => {
      const dump = readFileSync(inject('pgliteTemplate'));
      template = new PGlite({ loadDataDir: new Blob([dump]) });
      await template.waitReady;
    });
    afterAll(() => template?.close());
    beforeEach(async () => {
      client = (await template.clone()) as PGlite;
      db = await fromPglite(client, { migrate: false });
    });
    afterEach(() => db?.close());
    suite({
      db: () => db,
      query: async (text, params) =>
        (await client.query<Record<string, unknown>>(text, params)).rows,
      // Shares the client, which the test's own database closes.
      reopen: (timeZone) => fromPglite(client, { migrate: false, timeZone }),
    });
  });
}

function postgresVariant(suite: (t: TestDatabase) => void) {
  const adminUrl = inject('databaseUrlTest');
  describe.skipIf(!adminUrl)('postgres', () => {
    const name = `etabli_t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const url = new URL(adminUrl ?? 'postgres://unused');
    url.pathname = `/${name}`;
    let admin: pg.Client;
    let client: pg.Client;
    let db: Database;
    beforeAll(async () => {
      admin = new pg.Client({ connectionString: adminUrl! });
      await admin.connect();
      await admin.query(`create database ${name}`);
      db = await openPostgres(url.href, { poolSize: 4 });
      client = new pg.Client({ connectionString: url.href });
      await client.connect();
    });
    afterAll(async () => {
      await client?.end();
      await db?.close();
      await admin?.query(`drop database if exists ${name} with (force)`);
      await admin?.end();
    });
    const reopened: Database[] = [];
    beforeEach(async () => {
      await client.query(
        'truncate events, indicator_days, setup_codes, pairing_codes, devices, workspaces',
      );
    });
    afterEach(async () => {
      for (const other of reopened.splice(0)) await other.close();
    });
    suite({
      db: () => db,
      query: async (text, params) => (await client.query(text, params)).rows,
      reopen: async (timeZone) => {
        const other = await openPostgres(url.href, { poolSize: 2, timeZone });
        reopened.push(other);
        return other;
      },
    });
  });
}

/** Declares `suite` once per engine; each test starts from an empty, migrated database. */
export function describeEachDatabase(suite: (t: TestDatabase) => void): void {
  pgliteVariant(suite);
  postgresVariant(suite);
}

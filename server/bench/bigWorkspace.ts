// A workspace of 1,000,000 events for the bench: 20 devices over the last two years, written
// straight in SQL (minutes, not the hours the API would take at its budgets), then the indicator
// days rebuilt by the server's own start-up code, which is timed too.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { TIME_CATEGORIES } from '../../src/domain/categories';
import { fromPglite, openPostgres } from '../db/client';
import type { Database } from '../db/types';
import { newToken, sha256 } from '../secrets';
import { createPairing, createWorkspace } from '../workspaces';

/** Events in the big workspace, and its devices. */
export const BIG = { events: 1_000_000, devices: 20, days: 730 };

/** What the bench needs to hammer it: two devices' tokens, and how long the rebuild took. */
export interface BigWorkspace {
  ownerToken: string;
  memberToken: string;
  rebuildSeconds: number;
}

type Raw = (text: string, params?: unknown[]) => Promise<unknown>;

/** Pairs `count` devices (the first the owner) and returns their ids and tokens. */
async function pairDevices(db: Database, count: number) {
  const now = new Date();
  const { workspaceId, ownerCode } = await createWorkspace(db, 'Bench 1M', now);
  const devices: { id: string; token: string }[] = [];
  for (let i = 0; i < count; i++) {
    const code = i === 0 ? ownerCode : (await createPairing(db, workspaceId, 'member', now)).code;
    const token = newToken();
    const id = randomUUID();
    await db.redeemPairingCode({
      codeHash: sha256(code.replaceAll('-', '')),
      now,
      device: { id, name: `Téléphone ${i + 1}`, tokenHash: sha256(token) },
    });
    devices.push({ id, token });
  }
  return { workspaceId, devices };
}

/**
 * Writes the events in chunks: mostly minutes saved, some ratings and validated documents, every
 * device on every day (day i % days, device (i / days) % devices), 30 templates.
 */
async function writeEvents(raw: Raw, workspaceId: string, deviceIds: string[]): Promise<void> {
  const chunk = 100_000;
  const categories = `array[${TIME_CATEGORIES.map((c) => `'${c}'`).join(',')}]`;
  for (let start = 0; start < BIG.events; start += chunk) {
    await raw(
      `insert into events (id, workspace_id, device_id, type, occurred_at, minutes, stars, category, template_id)
      select gen_random_uuid(), $1::uuid, ($2::uuid[])[1 + (i / ${BIG.days}) % ${BIG.devices}],
        case i % 10 when 0 then 'rating' when 1 then 'document_validated' else 'time_saved' end,
        now() - (i % ${BIG.days}) * interval '1 day' - (i % 9) * interval '1 hour',
        case when i % 10 >= 2 then 1 + i % 60 end,
        case when i % 10 = 0 then 1 + i % 5 end,
        case when i % 10 >= 2 then (${categories})[1 + i % ${TIME_CATEGORIES.length}] end,
        case when i % 10 = 1 or i % 3 = 0 then 'template-' || i % 30 end
      from generate_series($3::int, $4::int) as i`,
      [workspaceId, deviceIds, start + 1, start + chunk],
    );
  }
  await raw('update workspaces set event_count = $1 where id = $2', [BIG.events, workspaceId]);
  // Forget the zone the days were counted in: the next start rebuilds them from the events.
  await raw(`delete from settings where name = 'indicator_time_zone'`);
}

/** Fills a PGlite data folder (closed again, for the server process to open). */
export async function bigPglite(dataDir: string): Promise<BigWorkspace> {
  const client = new PGlite(join(dataDir, 'pglite'));
  const db = await fromPglite(client);
  const { workspaceId, devices } = await pairDevices(db, BIG.devices);
  await writeEvents(
    (text, params) => client.query(text, params),
    workspaceId,
    devices.map((d) => d.id),
  );
  await db.close();
  const started = performance.now();
  await (await fromPglite(new PGlite(join(dataDir, 'pglite')))).close();
  return summary(devices, started);
}

/** Fills a PostgreSQL database. */
export async function bigPostgres(url: string): Promise<BigWorkspace> {
  const db = await openPostgres(url);
  const { workspaceId, devices } = await pairDevices(db, BIG.devices);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await writeEvents(
      (text, params) => client.query(text, params),
      workspaceId,
      devices.map((d) => d.id),
    );
  } finally {
    await client.end();
    await db.close();
  }
  const started = performance.now();
  await (await openPostgres(url)).close();
  return summary(devices, started);
}

function summary(devices: { token: string }[], started: number): BigWorkspace {
  return {
    ownerToken: devices[0]!.token,
    memberToken: devices[1]!.token,
    rebuildSeconds: (performance.now() - started) / 1000,
  };
}

// The server's one PostgreSQL schema, for PGlite and PostgreSQL alike (nothing newer than PG 15).
// Migrations under ./migrations are generated from this file: `npx drizzle-kit generate`.

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ENTRY_MINUTES, STARS } from '../../src/domain/limits';
import { EVENT_TYPES } from '../../src/domain/sync';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A team: the owner's devices and their members' devices share its indicators. `eventCount` is
 * the number of rows it holds in `events`, kept in the ingest transaction (the storage cap).
 */
export const workspaces = pgTable('workspaces', {
  id: uuid().primaryKey(),
  name: text().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  eventCount: integer('event_count').notNull().default(0),
});

/** A paired device. Only the SHA-256 of its bearer token is stored. */
export const devices = pgTable(
  'devices',
  {
    id: uuid().primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    role: text({ enum: ['owner', 'member'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: at('created_at').notNull(),
    lastSeenAt: at('last_seen_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [
    index('devices_workspace_idx').on(t.workspaceId),
    check('devices_role_check', sql`${t.role} in ('owner', 'member')`),
  ],
);

/** A single-use pairing code, stored as its SHA-256; `usedAt` is set when a device redeems it. */
export const pairingCodes = pgTable(
  'pairing_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    role: text({ enum: ['owner', 'member'] }).notNull(),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    deviceId: uuid('device_id'),
  },
  (t) => [check('pairing_codes_role_check', sql`${t.role} in ('owner', 'member')`)],
);

/**
 * Indicator events. The id is the client's (UUIDv7), unique within its workspace: a re-sent event
 * conflicts and is skipped, and an id used in another workspace is stored all the same.
 * Workspace and device come from the token that sent it; `received_at` is the server's clock.
 * `retracted` is set, in the ingest transaction, once a retraction its author or an owner sent
 * names it. No foreign keys here: ingest is the hot path and both ids come from a device token.
 */
export const events = pgTable(
  'events',
  {
    id: uuid().notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    deviceId: uuid('device_id').notNull(),
    type: text().notNull(),
    occurredAt: at('occurred_at').notNull(),
    minutes: integer(),
    stars: smallint(),
    category: text(),
    templateId: text('template_id'),
    retracts: uuid(),
    retracted: boolean().notNull().default(false),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'events_pkey', columns: [t.workspaceId, t.id] }),
    index('events_retractions_idx')
      .on(t.workspaceId, t.retracts)
      .where(sql`${t.retracts} is not null`),
    check(
      'events_type_check',
      sql`${t.type} in (${sql.raw(EVENT_TYPES.map((type) => `'${type}'`).join(', '))})`,
    ),
    check(
      'events_minutes_check',
      sql`${t.minutes} between ${sql.raw(String(ENTRY_MINUTES.min))} and ${sql.raw(String(ENTRY_MINUTES.max))}`,
    ),
    check(
      'events_stars_check',
      sql`${t.stars} between ${sql.raw(String(STARS.min))} and ${sql.raw(String(STARS.max))}`,
    ),
  ],
);

/** The dimensions indicator days are kept by; every counted event adds to one row of each. */
export const DIMENSIONS = ['device', 'category', 'template'] as const;

/**
 * The indicators, summed per workspace, dimension, local day (in the zone of `settings`) and key
 * (a device id, a category or a template id; '' when the event has none). Kept in the ingest
 * transaction, so a query reads days × keys rows, never the events. Invariant: for each dimension,
 * the rows equal the sums over the workspace's events that are not retractions nor retracted.
 */
export const indicatorDays = pgTable(
  'indicator_days',
  {
    workspaceId: uuid('workspace_id').notNull(),
    dimension: text({ enum: DIMENSIONS }).notNull(),
    day: date({ mode: 'string' }).notNull(),
    key: text().notNull(),
    minutes: bigint({ mode: 'number' }).notNull(),
    events: integer().notNull(),
    ratings: integer().notNull(),
    /** Sum of the ratings' stars (the average is stars / ratings). */
    stars: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.dimension, t.day, t.key] })],
);

/** Server-wide settings, by name: `indicator_time_zone` is the zone indicator days are cut in. */
export const settings = pgTable('settings', {
  name: text().primaryKey(),
  value: text().notNull(),
});

/**
 * Single-use setup codes, stored as their SHA-256: one creates a workspace and its owner device.
 * The server prints one at its first start; the CLI prints more.
 */
export const setupCodes = pgTable('setup_codes', {
  codeHash: text('code_hash').primaryKey(),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
  workspaceId: uuid('workspace_id'),
});

// The server's one PostgreSQL schema, for PGlite and PostgreSQL alike (nothing newer than PG 15).
// Migrations under ./migrations are generated from this file: `npx drizzle-kit generate`.

import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ENTRY_MINUTES, STARS } from '../../src/domain/limits';
import { EVENT_TYPES } from '../../src/domain/sync';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A team: the owner's devices and their members' devices share its indicators. */
export const workspaces = pgTable('workspaces', {
  id: uuid().primaryKey(),
  name: text().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
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
 * Indicator events. The id is the client's (UUIDv7), so a re-sent event conflicts and is skipped.
 * Workspace and device come from the token that sent it; `received_at` is the server's clock.
 * No foreign keys here: ingest is the hot path and both ids come from an authenticated device.
 */
export const events = pgTable(
  'events',
  {
    id: uuid().primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    deviceId: uuid('device_id').notNull(),
    type: text().notNull(),
    occurredAt: at('occurred_at').notNull(),
    minutes: integer(),
    stars: smallint(),
    category: text(),
    templateId: text('template_id'),
    retracts: uuid(),
    receivedAt: at('received_at').notNull().defaultNow(),
  },
  (t) => [
    index('events_workspace_occurred_idx').on(t.workspaceId, t.occurredAt),
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

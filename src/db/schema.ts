import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { TimeCategory } from '../domain/categories';
import type { DocumentKind, DocumentStatus } from '../domain/documents';
import type { IndicatorEvent } from '../protocol/protocol';
import { trackWrites } from './pendingSaves';

/** A guided output (review reply, post, quote, DOE) with the answers that composed it. */
export interface DocumentRecord {
  id: string;
  kind: DocumentKind;
  templateId: string;
  answers: Record<string, unknown>;
  body: string;
  status: DocumentStatus;
  createdAt: number;
  updatedAt: number;
  validatedAt?: number;
  /** Who validated it (the artisan's name as known on this device). */
  validatedBy?: string;
  /** Which wording ("another wording" walks through them). */
  variant?: number;
  /** The artisan rewrote the text by hand: `body` is theirs, no longer recomposed. */
  edited?: boolean;
  /** Where the guided flow stood, to resume a draft at the same question. */
  step?: number;
  /**
   * The artisan's own text, kept when "another wording" replaced it, so that it can be brought
   * back ("Revenir à mon texte"); absent once they chose a composed text again.
   */
  ownBody?: string;
}

/** Minutes saved, logged by hand or proposed after a validated output. */
export interface TimeEntry {
  id: string;
  occurredAt: number;
  minutes: number;
  category: TimeCategory;
  templateId?: string;
  documentId?: string;
  source: 'auto' | 'manual';
  note?: string;
}

/** A customer's satisfaction rating. */
export interface Rating {
  id: string;
  occurredAt: number;
  stars: 1 | 2 | 3 | 4 | 5;
  source: 'review' | 'job';
  /** The document (e.g. a review reply) the rating came with; local only, never synced. */
  documentId?: string;
}

/** A protocol event as stored on the device: the same fields, the instant in epoch ms. */
type StoredEvent<E> = E extends { occurredAt: string }
  ? Omit<E, 'occurredAt'> & { occurredAt: number }
  : never;

/** Queue bookkeeping of an outbox row; it never leaves the device. */
interface QueueFields {
  queuedAt: number;
  /** Set when the server refused the event (HTTP 400): it is kept, shown, and no longer sent. */
  parkedAt?: number;
  /** Why the server refused it (field and message), for the Team screen. */
  error?: string;
}

/**
 * An indicator event waiting to be pushed to the sync server: exactly one of the protocol's
 * event types (indicators only, no free text) plus queue fields.
 */
export type OutboxEvent = StoredEvent<IndicatorEvent> & QueueFields;

/** A key-value row for settings, the company profile and small app state. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** One version of the database schema. */
export interface SchemaVersion {
  version: number;
  /** Tables added or re-indexed by this version (Dexie syntax); null deletes a table. */
  stores: Record<string, string | null>;
  /**
   * Moves the data written by earlier versions into this version's shape. Runs once per device,
   * inside the upgrade transaction (all or nothing), before the app reads anything. Each
   * version with an upgrade has a test that opens a fixture written by the previous version.
   */
  upgrade?: (transaction: Transaction) => Promise<void>;
}

/** Every schema version, oldest first. A new version is appended here, never edited in place. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      documents: 'id, kind, status, updatedAt, [status+updatedAt]',
      timeEntries: 'id, occurredAt, category, documentId',
      ratings: 'id, occurredAt',
      outbox: 'id, queuedAt',
      meta: 'key',
    },
  },
];

/** The app's IndexedDB database. */
export class EtabliDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  timeEntries!: EntityTable<TimeEntry, 'id'>;
  ratings!: EntityTable<Rating, 'id'>;
  // A plain Table: Dexie's insert type (Omit over the union) would merge the event types.
  outbox!: Table<OutboxEvent, string>;
  meta!: EntityTable<MetaRecord, 'key'>;

  /** Opens `name` with `versions` (tests pass a longer list to exercise an upgrade). */
  constructor(name = 'etabli', versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Every write is tracked until committed, so an app update waits for it (pendingSaves.ts).
    this.use(trackWrites);
  }
}

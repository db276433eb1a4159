import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { TimeCategory } from '../domain/categories';
import type { DocumentKind, DocumentStatus } from '../domain/documents';
import type { AttachmentKind, DoeItemStatus, JobStatus } from '../domain/doe';
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

/**
 * The customer of a job. Until customers have their own table, the name and address are typed on
 * the job; `id` will link the job to a stored customer, the name and address staying as a copy.
 */
export interface JobCustomer {
  id?: string;
  name: string;
  address: string;
}

/** A job (chantier) and the DOE the artisan builds for it as the work goes. */
export interface JobRecord {
  id: string;
  name: string;
  customer: JobCustomer;
  siteAddress: string;
  /** The lot or trade as the contract names it, e.g. "Lot 05 – Électricité". */
  lot: string;
  /** The checklists the DOE was made from (ids of features/doe/checklists). */
  checklists: string[];
  /** Calendar days as typed (`YYYY-MM-DD`), or '' when not known yet. */
  startDate: string;
  endDate: string;
  status: JobStatus;
  createdAt: number;
  updatedAt: number;
  /** When the handover PDF was last made. */
  exportedAt?: number;
}

/** One document of a job's DOE: from a checklist (its words come from the locales) or typed. */
export interface DoeItemRecord {
  id: string;
  jobId: string;
  /** Position in the DOE, from 0; rewritten for the whole job when an item moves. */
  order: number;
  /** The checklist item it came from; absent for an item the artisan added. */
  checklistItemId?: string;
  /** The artisan's own wording; when absent, the checklist item's label is shown. */
  label?: string;
  required: boolean;
  status: DoeItemStatus;
  note: string;
  createdAt: number;
  updatedAt: number;
  /** Removed, but still within its undo time; purged afterwards. */
  deletedAt?: number;
}

/**
 * A photo or file attached to a DOE item, kept as a Blob. A photo is the resized image (JPEG)
 * with its thumbnail; a file is kept as the artisan picked it. `size` and `thumbSize` are the
 * Blobs' sizes, so storage is counted without reading any Blob.
 */
export interface AttachmentRecord {
  id: string;
  jobId: string;
  itemId: string;
  kind: AttachmentKind;
  /** The file name as picked (for a file) or made up (for a photo). */
  name: string;
  type: string;
  size: number;
  blob: Blob;
  thumb?: Blob;
  thumbSize?: number;
  width?: number;
  height?: number;
  caption: string;
  createdAt: number;
  /** Deleted, but still within its undo time; purged afterwards. */
  deletedAt?: number;
}

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

/** The tables of version 1, as it shipped. */
const VERSION_1_STORES = {
  documents: 'id, kind, status, updatedAt, [status+updatedAt]',
  timeEntries: 'id, occurredAt, category, documentId',
  ratings: 'id, occurredAt',
  outbox: 'id, queuedAt',
  meta: 'key',
};

/**
 * Every schema version, oldest first. A new version is appended here, never edited in place, and
 * lists every table (the previous version's spread, then its changes): the latest version alone
 * describes the whole database.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: VERSION_1_STORES },
  {
    // The DOE: jobs, their items, and the photos and files attached to the items. New tables
    // only: nothing written by earlier versions changes shape.
    version: 3,
    stores: {
      ...VERSION_1_STORES,
      jobs: 'id, status, updatedAt',
      doeItems: 'id, jobId',
      attachments: 'id, jobId, itemId',
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
  jobs!: EntityTable<JobRecord, 'id'>;
  doeItems!: EntityTable<DoeItemRecord, 'id'>;
  attachments!: EntityTable<AttachmentRecord, 'id'>;

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

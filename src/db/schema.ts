import Dexie, { type EntityTable } from 'dexie';

/** What a stored document is: the four families of guided outputs. */
export type DocumentKind = 'review-reply' | 'social-post' | 'quote' | 'doe';
/** A document's life: drafts autosave; only a human makes one `validated`. */
export type DocumentStatus = 'draft' | 'validated' | 'sent' | 'archived';

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
}

/** The time-saved categories shared by the logger, the dashboard and sync. */
export const TIME_CATEGORIES = [
  'communication',
  'customer-relations',
  'quotes',
  'doe',
  'planning',
  'other',
] as const;
export type TimeCategory = (typeof TIME_CATEGORIES)[number];

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

/** An indicator event waiting to be pushed to the sync server (indicators only, no free text). */
export interface OutboxEvent {
  id: string;
  type: 'time_saved' | 'rating' | 'document_validated' | 'retraction';
  occurredAt: number;
  minutes?: number;
  stars?: number;
  category?: TimeCategory;
  templateId?: string;
  retracts?: string;
  queuedAt: number;
  /** Set when the server refused the event (HTTP 400): it is kept, shown, and no longer sent. */
  parkedAt?: number;
  /** Why the server refused it (field and message), for the Team screen. */
  error?: string;
}

/** A key-value row for settings, the company profile and small app state. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** Every schema version, oldest first. A new version is appended here, never edited in place. */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string>;
}> = [
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
  outbox!: EntityTable<OutboxEvent, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = 'etabli') {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      this.version(version).stores(stores);
    }
  }
}

import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { TimeCategory } from '../domain/categories';
import type { DocumentKind, DocumentStatus } from '../domain/documents';
import type { AttachmentKind, DoeItemStatus, JobStatus } from '../domain/doe';
import type { StoredQuoteStatus, VatRate } from '../domain/quotes';
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

/** A customer of the artisan. Local only: no customer field ever leaves the device. */
export interface CustomerRecord {
  id: string;
  name: string;
  /** Postal address, several lines. */
  address: string;
  /** Address of the work site when it differs from `address` (empty when the same). */
  siteAddress: string;
  phone: string;
  email: string;
  createdAt: number;
  updatedAt: number;
}

/** A line of the artisan's own library, added to a quote in two taps. */
export interface CatalogItem {
  id: string;
  /** Section of the library, e.g. "Préparation", "Fournitures", "Main-d'œuvre". */
  section: string;
  designation: string;
  unit: string;
  /** Unit price excluding VAT, in cents. */
  unitPrice: number;
  vatRate: VatRate;
  createdAt: number;
  updatedAt: number;
}

/** A priced line of a quote. Numbers are kept as typed (valid or not) and parsed when needed. */
export interface QuoteLine {
  type: 'line';
  id: string;
  /** Several lines of text are allowed; they are kept in the PDF. */
  designation: string;
  /** Decimal quantity as typed, e.g. "12,5". */
  quantity: string;
  /** A unit id (`QUOTE_UNITS`) or the artisan's own word. */
  unit: string;
  /** Unit price excluding VAT as typed, in euros, e.g. "1 250,00". */
  unitPrice: string;
  vatRate: VatRate;
  /** Discount in percent as typed; empty for none. */
  discount: string;
}

/** A section title grouping the lines that follow it. */
export interface QuoteSection {
  type: 'section';
  id: string;
  title: string;
}

/** One row of a quote's body. */
export type QuoteItem = QuoteLine | QuoteSection;

/** An amount that is either a percentage or a sum in euros, as typed. */
export interface PercentOrAmount {
  kind: 'percent' | 'amount';
  value: string;
}

/** What the artisan edits in a quote; every free field is kept as typed. */
export interface QuoteContent {
  /** What the work is, e.g. "Peinture du séjour". */
  title: string;
  customerId: string | null;
  items: QuoteItem[];
  /** Travel costs excluding VAT, in euros as typed; empty for none. */
  travel: string;
  travelVatRate: VatRate;
  /** A discount on the whole quote (before VAT); empty value for none. */
  discount: PercentOrAmount;
  /** Deposit asked at signature: a percentage of the total incl. VAT or a sum; empty for none. */
  deposit: PercentOrAmount;
  validityDays: string;
  /** Planned start, `YYYY-MM-DD`, or empty when a lead time is given instead. */
  startDate: string;
  /** Lead time in words, e.g. "3 semaines après acceptation". */
  leadTime: string;
  paymentTerms: string;
  executionTerms: string;
  notes: string;
  /** Price of the quote itself in euros; empty when the quote is free. */
  quotePrice: string;
  /** Signed away from the business premises (at the customer's): 14-day withdrawal right. */
  offPremises: boolean;
  /** Print "Devis reçu avant l'exécution des travaux" above the signature. */
  receivedBeforeWork: boolean;
  /** Print the customer's certification for reduced VAT rates on building work. */
  reducedRateCertification: boolean;
}

/** An image kept as bytes (a logo, a signature): stored and embedded in PDFs as it is. */
export interface StoredImage {
  type: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

/** The customer's signature captured on the phone. */
export interface QuoteSignature {
  /** PNG image of the strokes. */
  image: StoredImage;
  signerName: string;
  signedAt: number;
}

/**
 * A quote and its life. Once sent or signed it is frozen: `frozen` holds exactly what was
 * issued (profile, customer and content) and its SHA-256; editing it makes a new version.
 */
export interface QuoteRecord {
  id: string;
  /** Id of the first version; every version of a quote shares it. */
  rootId: string;
  version: number;
  /** Set once, at the first export or sending; never changed, never reused. */
  number?: string;
  templateId: string;
  status: StoredQuoteStatus;
  content: QuoteContent;
  createdAt: number;
  updatedAt: number;
  /** Day it was drawn up (epoch ms), set with the number. */
  issuedAt?: number;
  sentAt?: number;
  acceptedAt?: number;
  refusedAt?: number;
  /** A newer version replaced this one. */
  supersededBy?: string;
  signature?: QuoteSignature;
  frozen?: FrozenQuote;
  /** The editor's position (item being edited), to resume a draft where it was. */
  focus?: string;
}

/** What was issued, kept as it was so the PDF can be made again identically. */
export interface FrozenQuote {
  number: string;
  issuedAt: number;
  profile: Record<string, unknown>;
  customer: Omit<CustomerRecord, 'createdAt' | 'updatedAt'> | null;
  content: QuoteContent;
  /** Hex SHA-256 of the canonical JSON of the fields above: what the customer agrees to. */
  hash: string;
}

/** A per-device numbering series: the next number to give, only ever incremented. */
export interface NumberingSeries {
  id: string;
  next: number;
}

/**
 * The customer of a job: `id` links it to a stored customer (`customers`), the name and address
 * being a copy refreshed at every save (jobs typed before the link have the copy only).
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

/** The tables of version 2 (quotes), as it shipped. */
const VERSION_2_STORES = {
  ...VERSION_1_STORES,
  customers: 'id, updatedAt',
  catalogItems: 'id, section',
  quotes: 'id, rootId, status, updatedAt, number',
  numbering: 'id',
};

/**
 * Every schema version, oldest first. A new version is appended here, never edited in place, and
 * lists every table (the previous version's spread, then its changes): the latest version alone
 * describes the whole database.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: VERSION_1_STORES },
  {
    // Quotes: customers (local only), the item library, quotes and their numbering series.
    version: 2,
    stores: VERSION_2_STORES,
  },
  {
    // The DOE: jobs, their items, and the photos and files attached to the items. New tables
    // only: nothing written by earlier versions changes shape.
    version: 3,
    stores: {
      ...VERSION_2_STORES,
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
  customers!: EntityTable<CustomerRecord, 'id'>;
  catalogItems!: EntityTable<CatalogItem, 'id'>;
  quotes!: EntityTable<QuoteRecord, 'id'>;
  numbering!: EntityTable<NumberingSeries, 'id'>;
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

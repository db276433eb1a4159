import { db } from './database';
import type { DocumentRecord } from './schema';

/** Drafts in progress, most recently edited first. */
export function listDrafts(limit = 20): Promise<DocumentRecord[]> {
  return db.documents
    .where('[status+updatedAt]')
    .between(['draft', -Infinity], ['draft', Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Stores a document as it is now (create or replace). */
export async function putDocument(document: DocumentRecord): Promise<void> {
  await db.documents.put(document);
}

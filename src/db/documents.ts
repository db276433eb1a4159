import type { TimeCategory } from '../domain/categories';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { matchesAllWords } from '../lib/search';
import { db } from './database';
import { isTouched } from './homeReads';
import type { DocumentRecord } from './schema';
import { logMinutesForDocument } from './timeEntries';

/** The most recent touched draft of a template, to resume instead of starting another. */
export function latestDraftOf(templateId: string): Promise<DocumentRecord | undefined> {
  return db.documents
    .where('[status+updatedAt]')
    .between(['draft', -Infinity], ['draft', Infinity])
    .reverse()
    .filter((draft) => draft.templateId === templateId && isTouched(draft))
    .first();
}

/** Stores a document as it is now (create or replace). */
export async function putDocument(document: DocumentRecord): Promise<void> {
  await db.documents.put(document);
}

/** One document, or undefined. */
export function getDocument(id: string): Promise<DocumentRecord | undefined> {
  return db.documents.get(id);
}

/** Starts a draft for a template (with the id given, or a new one). */
export async function createDraft(
  input: Pick<DocumentRecord, 'kind' | 'templateId' | 'answers'> & Partial<DocumentRecord>,
): Promise<DocumentRecord> {
  const at = now();
  const draft: DocumentRecord = {
    body: '',
    variant: 0,
    edited: false,
    step: 0,
    ...input,
    id: input.id ?? newId(),
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };
  await db.documents.add(draft);
  return draft;
}

/** Saves the editable parts of a draft (ignored once the document is validated). */
export async function saveDraft(
  id: string,
  changes: Partial<
    Pick<DocumentRecord, 'answers' | 'body' | 'variant' | 'edited' | 'step' | 'ownBody'>
  >,
): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const current = await db.documents.get(id);
    if (current?.status !== 'draft') return;
    await db.documents.put({ ...current, ...changes, updatedAt: now() });
  });
}

/**
 * Marks a document validated by a person, freezing its text, and queues the indicator event
 * (template id and date only) in the same transaction; with `saved`, also logs the minutes the
 * text saved (once per document).
 */
export async function validateDocument(
  id: string,
  body: string,
  validatedBy: string,
  saved?: { minutes: number; category: TimeCategory },
): Promise<DocumentRecord> {
  return db.transaction('rw', [db.documents, db.outbox, db.timeEntries], async () => {
    const current = await db.documents.get(id);
    if (!current) throw new Error(`No document ${id}`);
    if (current.status !== 'draft') return current;
    const at = now();
    const validated: DocumentRecord = {
      ...current,
      body,
      status: 'validated',
      validatedAt: at,
      validatedBy,
      updatedAt: at,
    };
    await db.documents.put(validated);
    await db.outbox.add({
      id: newId(),
      type: 'document_validated',
      occurredAt: at,
      templateId: current.templateId,
      queuedAt: at,
    });
    // The minutes the text saved count with its validation, in the same transaction: the
    // indicator never depends on a second tap.
    if (saved) {
      await logMinutesForDocument({ documentId: id, templateId: current.templateId, ...saved });
    }
    return validated;
  });
}

/** Validated (and later) documents, newest first, whose text contains every word of `search`. */
export async function listHistory(search = '', limit = 200): Promise<DocumentRecord[]> {
  return db.documents
    .orderBy('updatedAt')
    .reverse()
    .filter((doc) => doc.status !== 'draft' && matchesAllWords(doc.body, search))
    .limit(limit)
    .toArray();
}

/** A new draft with the same template and answers as an existing document. */
export async function duplicateDocument(id: string): Promise<DocumentRecord> {
  return db.transaction('rw', db.documents, async () => {
    const source = await db.documents.get(id);
    if (!source) throw new Error(`No document ${id}`);
    return createDraft({
      kind: source.kind,
      templateId: source.templateId,
      answers: source.answers,
      variant: source.variant ?? 0,
    });
  });
}

/** Deletes a document and returns it, so that the deletion can be undone with `restoreDocument`. */
export async function deleteDocument(id: string): Promise<DocumentRecord | undefined> {
  return db.transaction('rw', db.documents, async () => {
    const doc = await db.documents.get(id);
    if (doc) await db.documents.delete(id);
    return doc;
  });
}

/** Puts back a deleted document as it was. */
export async function restoreDocument(doc: DocumentRecord): Promise<void> {
  await db.documents.put(doc);
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../lib/clock';
import { db } from './database';
import {
  createDraft,
  deleteDocument,
  duplicateDocument,
  getDocument,
  latestDraftOf,
  listHistory,
  restoreDocument,
  saveDraft,
  validateDocument,
} from './documents';
import { isTouched, listDrafts } from './homeReads';
import { entryForDocument, logMinutesForDocument } from './timeEntries';

let restoreClock: () => void = () => undefined;
let clock = 1_000;

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  clock = 1_000;
  restoreClock = setClock(() => clock);
});
afterEach(() => restoreClock());

async function draft(body = 'Bonjour Marie, merci !') {
  return createDraft({
    kind: 'review-reply',
    templateId: 'review-delay',
    answers: { stars: 2 },
    body,
  });
}

describe('a draft from creation to validation', () => {
  it('is created as a draft and saved as typed', async () => {
    const created = await draft();
    expect(created.status).toBe('draft');
    clock = 2_000;
    await saveDraft(created.id, { body: '<b>pas du HTML</b>', edited: true, step: 3 });
    const saved = await getDocument(created.id);
    expect(saved).toMatchObject({
      body: '<b>pas du HTML</b>',
      edited: true,
      step: 3,
      updatedAt: 2_000,
    });
    expect((await listDrafts()).map((d) => d.id)).toEqual([created.id]);
  });

  it('is validated by a person, with the date, and queues only an indicator event', async () => {
    const created = await draft();
    clock = 5_000;
    const validated = await validateDocument(created.id, 'Texte final', 'Léa');
    expect(validated).toMatchObject({
      status: 'validated',
      body: 'Texte final',
      validatedBy: 'Léa',
      validatedAt: 5_000,
    });
    const events = await db.outbox.toArray();
    expect(events).toHaveLength(1);
    expect(Object.keys(events[0] ?? {}).sort()).toEqual(
      ['id', 'occurredAt', 'queuedAt', 'templateId', 'type'].sort(),
    );
    expect(events[0]).toMatchObject({ type: 'document_validated', templateId: 'review-delay' });
    expect(await listDrafts()).toEqual([]);
  });

  it('ignores edits once validated, and validating twice changes nothing', async () => {
    const created = await draft();
    await validateDocument(created.id, 'Final', 'Léa');
    await saveDraft(created.id, { body: 'changed' });
    await validateDocument(created.id, 'Again', 'Karim');
    expect(await getDocument(created.id)).toMatchObject({ body: 'Final', validatedBy: 'Léa' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('counts the minutes saved with the validation, in one transaction, once', async () => {
    const created = await draft();
    const saved = { minutes: 20, category: 'customer-relations' } as const;
    await validateDocument(created.id, 'Final', 'Léa', saved);
    await validateDocument(created.id, 'Final', 'Léa', saved);
    expect(await entryForDocument(created.id)).toMatchObject({
      minutes: 20,
      category: 'customer-relations',
      source: 'auto',
      templateId: 'review-delay',
    });
    expect(await db.timeEntries.count()).toBe(1);
    expect((await db.outbox.toArray()).map((event) => event.type).sort()).toEqual([
      'document_validated',
      'time_saved',
    ]);
  });

  it('counts nothing when the validation fails', async () => {
    await expect(
      validateDocument('missing', 'Final', 'Léa', { minutes: 20, category: 'customer-relations' }),
    ).rejects.toThrow();
    expect(await db.timeEntries.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('history', () => {
  it('lists validated texts newest first and finds them without accents or case', async () => {
    const a = await draft();
    const b = await draft();
    clock = 2_000;
    await validateDocument(a.id, 'Merci pour la pose du carrelage élégant', 'Léa');
    clock = 3_000;
    await validateDocument(b.id, 'Désolé pour le retard du chantier', 'Léa');
    await draft('brouillon carrelage');
    expect((await listHistory()).map((d) => d.id)).toEqual([b.id, a.id]);
    expect((await listHistory('ELEGANT carrelage')).map((d) => d.id)).toEqual([a.id]);
    expect(await listHistory('plomberie')).toEqual([]);
  });

  it('duplicates a document as a new draft with the same answers', async () => {
    const source = await draft();
    await validateDocument(source.id, 'Final', 'Léa');
    const copy = await duplicateDocument(source.id);
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      status: 'draft',
      templateId: 'review-delay',
      answers: { stars: 2 },
    });
  });

  it('deletes and restores a document exactly as it was', async () => {
    const source = await draft();
    const validated = await validateDocument(source.id, 'Final', 'Léa');
    const removed = await deleteDocument(source.id);
    expect(await getDocument(source.id)).toBeUndefined();
    await restoreDocument(removed!);
    expect(await getDocument(source.id)).toEqual(validated);
    expect(await deleteDocument('missing')).toBeUndefined();
  });
});

describe('time saved for a document', () => {
  it('is logged once per document, however often it is confirmed', async () => {
    const input = {
      documentId: 'doc-1',
      templateId: 'review-delay',
      minutes: 12,
      category: 'customer-relations' as const,
    };
    const first = await logMinutesForDocument(input);
    const second = await logMinutesForDocument({ ...input, minutes: 30 });
    expect(first.created).toBe(true);
    expect(second).toEqual({ entry: first.entry, created: false });
    expect(await db.timeEntries.count()).toBe(1);
    expect(first.entry).toMatchObject({ source: 'auto', minutes: 12, documentId: 'doc-1' });
    expect(await entryForDocument('doc-1')).toEqual(first.entry);
    expect(await entryForDocument('doc-2')).toBeUndefined();
  });
});

describe('untouched drafts', () => {
  it('are forgotten: only drafts with an answer or a hand edit are listed and resumed', async () => {
    const empty = await createDraft({
      kind: 'review-reply',
      templateId: 'review-delay',
      answers: { stars: 2, customerName: '  ' },
      body: 'Bonjour, merci…',
    });
    expect(isTouched(empty)).toBe(false);
    expect(await listDrafts()).toEqual([]);
    expect(await latestDraftOf('review-delay')).toBeUndefined();

    clock = 2_000;
    const named = await createDraft({
      kind: 'review-reply',
      templateId: 'review-delay',
      answers: { customerName: 'Jeanne' },
      body: 'Bonjour Jeanne',
    });
    clock = 3_000;
    await createDraft({
      kind: 'social-post',
      templateId: 'post-tip',
      answers: {},
      body: 'Mon texte',
      edited: true,
    });
    expect((await listDrafts()).map((draft) => draft.templateId)).toEqual([
      'post-tip',
      'review-delay',
    ]);
    expect((await latestDraftOf('review-delay'))?.id).toBe(named.id);
    expect(await latestDraftOf('post-other')).toBeUndefined();
  });
});

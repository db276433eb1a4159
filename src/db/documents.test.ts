import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentStatus } from '../domain/documents';
import { db } from './database';
import { putDocument } from './documents';
import { listDrafts } from './homeReads';
import type { DocumentRecord } from './schema';

function document(id: string, status: DocumentStatus, updatedAt: number): DocumentRecord {
  return {
    id,
    kind: 'quote',
    templateId: 'quote-basic',
    answers: { client: 'Mme Martin' },
    body: `Devis ${id}`,
    status,
    createdAt: 1,
    updatedAt,
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('listDrafts', () => {
  it('is empty when there is nothing', async () => {
    expect(await listDrafts()).toEqual([]);
  });

  it('returns only drafts, most recently edited first', async () => {
    await putDocument(document('a', 'draft', 100));
    await putDocument(document('b', 'validated', 400));
    await putDocument(document('c', 'draft', 300));
    await putDocument(document('d', 'sent', 500));
    await putDocument(document('e', 'draft', 200));
    await putDocument(document('f', 'archived', 600));
    const drafts = await listDrafts();
    expect(drafts.map((draft) => draft.id)).toEqual(['c', 'e', 'a']);
    expect(drafts.every((draft) => draft.status === 'draft')).toBe(true);
  });

  it('returns the documents whole', async () => {
    const draft = { ...document('a', 'draft', 100), kind: 'doe' as const, answers: { rooms: 3 } };
    await putDocument(draft);
    expect(await listDrafts()).toEqual([draft]);
  });

  it('returns at most `limit` drafts, 20 by default, keeping the newest', async () => {
    for (let i = 1; i <= 25; i += 1) {
      await putDocument(document(`draft-${i}`, 'draft', i * 1000));
    }
    const twenty = await listDrafts();
    expect(twenty).toHaveLength(20);
    expect(twenty[0]?.id).toBe('draft-25');
    expect(twenty[19]?.id).toBe('draft-6');
    expect((await listDrafts(3)).map((draft) => draft.id)).toEqual([
      'draft-25',
      'draft-24',
      'draft-23',
    ]);
  });
});

describe('putDocument', () => {
  it('replaces the document with the same id', async () => {
    await putDocument(document('a', 'draft', 100));
    await putDocument({ ...document('a', 'draft', 900), body: 'Devis modifié' });
    expect(await listDrafts()).toEqual([{ ...document('a', 'draft', 900), body: 'Devis modifié' }]);
    expect(await db.documents.count()).toBe(1);
  });

  it('takes a draft out of the drafts once it is validated', async () => {
    await putDocument(document('a', 'draft', 100));
    await putDocument(document('b', 'draft', 200));
    await putDocument({ ...document('b', 'validated', 300), validatedAt: 300 });
    expect((await listDrafts()).map((draft) => draft.id)).toEqual(['a']);
  });

  it('moves an edited draft to the top', async () => {
    await putDocument(document('a', 'draft', 100));
    await putDocument(document('b', 'draft', 200));
    await putDocument(document('a', 'draft', 300));
    expect((await listDrafts()).map((draft) => draft.id)).toEqual(['a', 'b']);
  });
});

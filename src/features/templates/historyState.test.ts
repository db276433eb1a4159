import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/database';
import { getDocument, putDocument } from '../../db/documents';
import type { DocumentRecord } from '../../db/schema';
import { initI18n } from '../../i18n';
import { dismissToast, toast, undoToast } from '../../ui/Toast';
import { duplicate, removeDocument } from './historyState';

const validated: DocumentRecord = {
  id: 'reply-1',
  kind: 'review-reply',
  templateId: 'review-5-stars',
  answers: { customerName: 'Marie' },
  body: 'Bonjour Marie, merci !',
  status: 'validated',
  createdAt: 1,
  updatedAt: 2,
  validatedAt: 2,
};

beforeEach(async () => {
  await initI18n('fr');
  await Promise.all(db.tables.map((table) => table.clear()));
  await putDocument(validated);
});

afterEach(() => {
  dismissToast();
  vi.restoreAllMocks();
});

describe('the history actions', () => {
  it('delete a text and offer an undo that puts it back as it was', async () => {
    await removeDocument(validated);
    expect(await getDocument(validated.id)).toBeUndefined();
    expect(toast()?.undo).toBeDefined();
    await undoToast();
    expect(await getDocument(validated.id)).toEqual(validated);
  });

  it('duplicate a text as a new draft with its answers', async () => {
    const copy = await duplicate(validated);
    expect(copy).toMatchObject({ status: 'draft', answers: validated.answers });
    expect(copy?.id).not.toBe(validated.id);
  });

  it('report a failure in the toast instead of throwing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = { ...validated, id: 'gone' };
    expect(await duplicate(missing)).toBeNull();
    expect(toast()).toMatchObject({ error: true });
    expect(toast()?.message()).toBe(
      "Impossible d'enregistrer\u00A0: l'espace de stockage est peut-être plein.",
    );
  });
});

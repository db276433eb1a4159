import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { createDraft } from './documents';
import { emptyProfile, saveProfile } from './profile';
import { addRating } from './ratings';
import { logMinutes } from './timeEntries';
import { deviceInUse } from './usage';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('deviceInUse', () => {
  it('is false on a new install', async () => {
    expect(await deviceInUse()).toBe(false);
  });

  it('is false for a profile saved blank', async () => {
    await saveProfile(emptyProfile());
    expect(await deviceInUse()).toBe(false);
  });

  it('is true once a profile field was typed', async () => {
    await saveProfile({ ...emptyProfile(), city: 'Lyon' });
    expect(await deviceInUse()).toBe(true);
  });

  it('is true with a document, a minute logged or a rating', async () => {
    await createDraft({ kind: 'review-reply', templateId: 'review-four-stars', answers: {} });
    expect(await deviceInUse()).toBe(true);
    await db.documents.clear();
    await logMinutes({ minutes: 5, category: 'communication' });
    expect(await deviceInUse()).toBe(true);
    await db.timeEntries.clear();
    await db.outbox.clear();
    await addRating({ stars: 5, source: 'job' });
    expect(await deviceInUse()).toBe(true);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/database';
import { emptyProfile, saveProfile } from '../../db/profile';
import { loadSettings, updateSettings } from '../../db/settings';
import { logMinutes } from '../../db/timeEntries';
import { chooseFirstRun } from '../settings/preferences';
import { needsWelcome } from './firstRun';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  localStorage.clear();
});

describe('needsWelcome', () => {
  it('welcomes a new install', async () => {
    expect(await needsWelcome()).toBe(true);
    expect((await loadSettings()).firstRun).toBe('unknown');
  });

  it('brings the welcome back when it was left in the middle (reload, crash)', async () => {
    await updateSettings({ firstRun: 'started' });
    await saveProfile({ ...emptyProfile(), ownerName: 'Léa' });
    expect(await needsWelcome()).toBe(true);
  });

  it('never welcomes again once it is over', async () => {
    await updateSettings({ firstRun: 'done' });
    expect(await needsWelcome()).toBe(false);
  });

  it('never welcomes a device already in use before the welcome existed, for good', async () => {
    await logMinutes({ minutes: 10, category: 'communication' });
    expect(await needsWelcome()).toBe(false);
    expect((await loadSettings()).firstRun).toBe('done');
    await db.timeEntries.clear();
    expect(await needsWelcome()).toBe(false);
  });

  it('never welcomes a device whose profile was filled in', async () => {
    await saveProfile({ ...emptyProfile(), name: 'Boulangerie Karim' });
    expect(await needsWelcome()).toBe(false);
  });
});

describe('needsWelcome, once the welcome was left while the settings were read', () => {
  it('does not bring it back', async () => {
    await updateSettings({ firstRun: 'started' });
    const reading = needsWelcome();
    await chooseFirstRun('done');
    expect(await reading).toBe(false);
  });
});

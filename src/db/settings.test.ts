import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../domain/languages';
import { db } from './database';
import { DEFAULT_SETTINGS, lastKnownSettings, loadSettings, updateSettings } from './settings';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  localStorage.clear();
});

describe('DEFAULT_SETTINGS', () => {
  it('speaks French, follows the system theme and aims at 2.1 hours a week', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      language: 'fr',
      theme: 'system',
      weeklyGoalMinutes: 126,
      quickLogCategory: 'communication',
      firstRun: 'unknown',
    });
    expect(LANGUAGES[0]).toBe('fr');
  });
});

describe('loadSettings', () => {
  it('returns the defaults on a device that never changed them', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy that cannot alter the defaults', async () => {
    const settings = await loadSettings();
    settings.language = 'en';
    expect(DEFAULT_SETTINGS.language).toBe('fr');
  });

  it('completes settings saved by an older version with defaults', async () => {
    await db.meta.put({ key: 'settings', value: { theme: 'dark' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});

describe('updateSettings', () => {
  it('returns and persists the changed settings', async () => {
    const next = await updateSettings({ language: 'en' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(await loadSettings()).toEqual(next);
  });

  it('keeps earlier changes when making new ones', async () => {
    await updateSettings({ theme: 'dark' });
    await updateSettings({ weeklyGoalMinutes: 180 });
    await updateSettings({ quickLogCategory: 'quotes' });
    expect(await loadSettings()).toEqual({
      language: 'fr',
      theme: 'dark',
      weeklyGoalMinutes: 180,
      quickLogCategory: 'quotes',
      firstRun: 'unknown',
    });
  });

  it('leaves the defaults untouched', async () => {
    await updateSettings({ language: 'en', theme: 'light', weeklyGoalMinutes: 60 });
    expect(DEFAULT_SETTINGS).toEqual({
      language: 'fr',
      theme: 'system',
      weeklyGoalMinutes: 126,
      quickLogCategory: 'communication',
      firstRun: 'unknown',
    });
  });

  it('remembers that the first-run welcome is over', async () => {
    await updateSettings({ firstRun: 'done' });
    expect((await loadSettings()).firstRun).toBe('done');
    expect(lastKnownSettings()?.firstRun).toBe('done');
  });
});

describe('lastKnownSettings', () => {
  it('knows nothing before the settings were read or written once', () => {
    expect(lastKnownSettings()).toBeUndefined();
  });

  it('follows what is read from and written to IndexedDB, the source of truth', async () => {
    await db.meta.put({ key: 'settings', value: { language: 'en' } });
    await loadSettings();
    expect(lastKnownSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    await updateSettings({ theme: 'dark' });
    expect(lastKnownSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', theme: 'dark' });
  });
});

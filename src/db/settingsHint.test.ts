import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import html from '../../index.html?raw';
import { db } from './database';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { readSettingsHint, SETTINGS_HINT_KEY, writeSettingsHint } from './settingsHint';

const english: Settings = { language: 'en', theme: 'dark', weeklyGoalMinutes: 180 };

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('readSettingsHint', () => {
  it('has nothing to say on a device that never kept settings', () => {
    expect(readSettingsHint(DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('returns what was last written', () => {
    writeSettingsHint(english);
    expect(readSettingsHint(DEFAULT_SETTINGS)).toEqual(english);
  });

  it('replaces unknown or damaged values with the defaults', () => {
    localStorage.setItem(
      SETTINGS_HINT_KEY,
      JSON.stringify({ language: 'de', theme: 'dark', weeklyGoalMinutes: 'lots' }),
    );
    expect(readSettingsHint(DEFAULT_SETTINGS)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    localStorage.setItem(SETTINGS_HINT_KEY, '"en"');
    expect(readSettingsHint(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('gives up quietly on a hint that is not JSON, or on storage that throws', () => {
    localStorage.setItem(SETTINGS_HINT_KEY, '{language');
    expect(readSettingsHint(DEFAULT_SETTINGS)).toBeUndefined();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(readSettingsHint(DEFAULT_SETTINGS)).toBeUndefined();
  });
});

describe('writeSettingsHint', () => {
  it('never throws when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(() => writeSettingsHint(english)).not.toThrow();
  });
});

describe("index.html's early script", () => {
  it('reads the theme from the hint this module writes', () => {
    expect(html).toContain(`localStorage.getItem('${SETTINGS_HINT_KEY}')`);
  });

  it("opens the app's database, without ever creating it", () => {
    expect(html).toContain(`indexedDB.open('${db.name}')`);
    expect(html).toContain('onupgradeneeded = () => warmUp.transaction.abort()');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import html from '../../index.html?raw';
import boot from '../../public/boot.js?raw';
import { db } from './database';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { readSettingsHint, SETTINGS_HINT_KEY, writeSettingsHint } from './settingsHint';

const english: Settings = {
  language: 'en',
  theme: 'dark',
  weeklyGoalMinutes: 180,
  quickLogCategory: 'quotes',
  firstRun: 'done',
};

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
      JSON.stringify({
        language: 'de',
        theme: 'dark',
        weeklyGoalMinutes: 'lots',
        quickLogCategory: 'juggling',
        firstRun: 'never',
      }),
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

describe('the early script (public/boot.js, run by index.html before the modules)', () => {
  it('is a file of this origin, run before the app (no inline script: the CSP forbids them)', () => {
    expect(html).toContain('<script src="/boot.js"></script>');
    expect(html).not.toMatch(/<script>/);
    expect(html.indexOf('/boot.js')).toBeLessThan(html.indexOf('/src/main.tsx'));
  });

  it('reads the theme from the hint this module writes', () => {
    expect(boot).toContain(`localStorage.getItem('${SETTINGS_HINT_KEY}')`);
  });

  it("opens the app's database, without ever creating it", () => {
    expect(boot).toContain(`indexedDB.open('${db.name}')`);
    expect(boot).toContain('onupgradeneeded = () => warmUp.transaction.abort()');
  });
});

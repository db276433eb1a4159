import { describe, expect, it } from 'vitest';
import { TIME_CATEGORIES } from '../../domain/categories';
import {
  breakdownRows,
  deviceKind,
  deviceLabel,
  isCategory,
  pairErrorKey,
  syncErrorKey,
  weekRows,
} from './teamRules';

const group = (
  key: string | null,
  minutes: number,
  ratings = 0,
  ratingAvg: number | null = null,
) => ({
  key,
  minutes,
  events: 1,
  ratings,
  ratingAvg,
});

describe('deviceKind', () => {
  it('names the kind of phone from the user agent, never from the profile', () => {
    expect(deviceKind('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)')).toBe('iphone');
    expect(deviceKind('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)')).toBe('ipad');
    expect(deviceKind('Mozilla/5.0 (Linux; Android 14; Pixel 5)')).toBe('android');
    expect(deviceKind('Mozilla/5.0 (X11; Linux x86_64)')).toBe('other');
  });
});

describe('error keys', () => {
  it('explains a refused pairing', () => {
    expect(pairErrorKey({ kind: 'codeFormat' })).toBe('team:pairErrors.codeFormat');
    expect(pairErrorKey({ kind: 'unauthorized' })).toBe('team:pairErrors.unauthorized');
    expect(pairErrorKey({ kind: 'unauthorized' }, 'setup')).toBe('team:pairErrors.setupUnknown');
    expect(pairErrorKey({ kind: 'invalid', status: 404, code: 'x', issues: [] }, 'setup')).toBe(
      'team:pairErrors.setupUnknown',
    );
    expect(pairErrorKey({ kind: 'teamNameMissing' })).toBe('team:pairErrors.teamNameMissing');
    expect(pairErrorKey({ kind: 'offline' })).toBe('team:pairErrors.offline');
    expect(pairErrorKey({ kind: 'rateLimited', retryAfterMs: 1000 })).toBe(
      'team:pairErrors.rateLimited',
    );
    expect(pairErrorKey({ kind: 'invalid', status: 400, code: 'x', issues: [] })).toBe(
      'team:pairErrors.codeFormat',
    );
    expect(pairErrorKey({ kind: 'server', status: 500 })).toBe('team:pairErrors.other');
  });

  it('names sync failures', () => {
    expect(syncErrorKey('offline')).toBe('team:syncErrors.offline');
    expect(syncErrorKey('notPaired')).toBe('team:syncErrors.notPaired');
  });
});

describe('breakdownRows', () => {
  it('keeps groups that hold something, largest first, and names the group without a key', () => {
    const rows = breakdownRows(
      [group('quotes', 15), group(null, 0, 2, 4.5), group('doe', 0), group('communication', 40)],
      (key) => key.toUpperCase(),
      'None',
    );
    expect(rows.map((row) => [row.label, row.minutes])).toEqual([
      ['COMMUNICATION', 40],
      ['QUOTES', 15],
      ['None', 0],
    ]);
    expect(rows[2]).toMatchObject({ key: '', ratings: 2, ratingAvg: 4.5 });
  });
});

describe('weekRows', () => {
  it('lists every week of the range, quiet ones at zero', () => {
    const rows = weekRows(
      [group('2026-11-09', 30, 1, 5), group('2026-11-16', 12)],
      '2026-10-26',
      4,
    );
    expect(rows.map((row) => [row.key, row.minutes])).toEqual([
      ['2026-10-26', 0],
      ['2026-11-02', 0],
      ['2026-11-09', 30],
      ['2026-11-16', 12],
    ]);
    expect(rows[2]).toMatchObject({ ratings: 1, ratingAvg: 5 });
    expect(new Date(rows[0]!.monday).getDay()).toBe(1);
  });

  it('crosses the change to winter time without losing a week', () => {
    const rows = weekRows([], '2026-10-19', 3);
    expect(rows.map((row) => row.key)).toEqual(['2026-10-19', '2026-10-26', '2026-11-02']);
  });
});

describe('deviceLabel', () => {
  const id = '01900000-0000-7000-8000-00000000d001';
  it('reads the name out of the group key and recognises this phone', () => {
    expect(deviceLabel(`Téléphone de Léa (${id})`, id)).toEqual({
      name: 'Téléphone de Léa',
      self: true,
    });
    expect(deviceLabel(`Karim (${id})`, 'other')).toEqual({ name: 'Karim', self: false });
    expect(deviceLabel('odd key', id)).toEqual({ name: 'odd key', self: false });
  });
});

describe('isCategory', () => {
  it('knows the categories of this version only', () => {
    expect(isCategory('quotes', TIME_CATEGORIES)).toBe(true);
    expect(isCategory('marketing', TIME_CATEGORIES)).toBe(false);
  });
});

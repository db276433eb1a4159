import { describe, expect, it } from 'vitest';
import {
  eventsBatch,
  eventsBatchAt,
  formatPairingCode,
  indicatorsQuery,
  MAX_BATCH,
  normalizePairingCode,
  pairRequest,
  parseDeviceKey,
  setupRequest,
} from './protocol';

const id = '0190f5a4-7c1e-7b3a-9f00-2d4c6e8a1b3c';
const at = '2026-03-30T00:30:00+02:00';

describe('sync protocol', () => {
  it('accepts each event type with exactly its fields', () => {
    const events = [
      { id, type: 'time_saved', occurredAt: at, minutes: 15, category: 'quotes' },
      {
        id,
        type: 'time_saved',
        occurredAt: '2026-10-25T02:30:00.123-05:00',
        minutes: 1,
        category: 'doe',
        templateId: 'doe-list',
      },
      { id, type: 'rating', occurredAt: '2026-03-29T21:30:00Z', stars: 5 },
      { id, type: 'document_validated', occurredAt: at, templateId: 'review-5-stars' },
      { id, type: 'retraction', occurredAt: at, retracts: id },
    ];
    expect(eventsBatch.safeParse({ events }).success).toBe(true);
  });

  it('refuses free text, missing fields and fields of another type, with their paths', () => {
    const result = eventsBatch.safeParse({
      events: [
        {
          id,
          type: 'time_saved',
          occurredAt: at,
          minutes: 15,
          category: 'quotes',
          note: 'Mme Martin',
        },
        { id, type: 'time_saved', occurredAt: at, category: 'quotes' },
        { id, type: 'rating', occurredAt: at, stars: 4, minutes: 3 },
        { id, type: 'document_validated', occurredAt: at, templateId: 'Un texte libre' },
        { id, type: 'retraction', occurredAt: '2026-03-30T00:30:00' },
        { id: 'not-a-uuid', type: 'gossip', occurredAt: at },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'events.0',
        'events.1.minutes',
        'events.2',
        'events.3.templateId',
        'events.4.occurredAt',
        'events.4.retracts',
        'events.5.type',
      ]),
    );
  });

  it('bounds a batch', () => {
    const event = { id, type: 'rating', occurredAt: at, stars: 3 };
    expect(eventsBatch.safeParse({ events: [] }).success).toBe(false);
    expect(eventsBatch.safeParse({ events: Array(MAX_BATCH).fill(event) }).success).toBe(true);
    expect(eventsBatch.safeParse({ events: Array(MAX_BATCH + 1).fill(event) }).success).toBe(false);
  });

  it('reads an indicators query with week grouping by default', () => {
    expect(indicatorsQuery.parse({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: 'week',
    });
    expect(indicatorsQuery.safeParse({ from: '2026-04-01', to: '2026-03-31' }).success).toBe(false);
    expect(indicatorsQuery.safeParse({ from: '2026-02-30', to: '2026-03-31' }).success).toBe(false);
  });

  it('bounds event dates: from 2020, real offsets, at most a day after the clock', () => {
    const at = (occurredAt: string) => ({ events: [{ id, type: 'rating', occurredAt, stars: 3 }] });
    for (const ok of [
      '2020-01-01T00:00:00Z',
      '2026-03-30T10:00:00+14:00',
      '2026-03-30T10:00:00-12:00',
    ]) {
      expect(eventsBatch.safeParse(at(ok)).success, ok).toBe(true);
    }
    for (const bad of [
      '0000-01-01T00:00:00Z',
      '2019-12-31T23:59:59Z',
      '2026-03-30T10:00:00+23:59',
      '2026-03-30T10:00:00-14:30',
    ]) {
      const result = eventsBatch.safeParse(at(bad));
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.path, bad).toEqual(['events', 0, 'occurredAt']);
    }
    const now = Date.parse('2026-03-30T10:00:00Z');
    const atNow = eventsBatchAt(() => now);
    expect(atNow.safeParse(at('2026-03-31T10:00:00Z')).success).toBe(true);
    const ahead = atNow.safeParse(at('2026-03-31T12:00:01+02:00'));
    expect(ahead.error?.issues.map((issue) => issue.path)).toEqual([['events', 0, 'occurredAt']]);
    // Other problems are still reported at their own paths, with no crash on unparsed events.
    expect(atNow.safeParse({ events: [null, { occurredAt: 42 }] }).success).toBe(false);
  });

  it('bounds an indicators range to real days, at most 366 of them', () => {
    const range = (from: string, to: string) => indicatorsQuery.safeParse({ from, to }).success;
    expect(range('2024-01-01', '2024-12-31')).toBe(true);
    expect(range('2025-01-01', '2026-01-02')).toBe(false);
    expect(range('0000-01-01', '2020-01-02')).toBe(false);
    expect(range('2099-12-01', '2100-01-01')).toBe(false);
  });

  it('refuses control and bidirectional characters in names', () => {
    const pair = (deviceName: string) => pairRequest.safeParse({ code: 'x', deviceName }).success;
    expect(pair('  Téléphone de Léa 👩🏽‍🔧  ')).toBe(true);
    for (const bad of ['a\u0000b', 'a\tb', '\u202Eabc', 'a\u2067b', 'a\u2028b', '\uDC00']) {
      expect(pair(bad), JSON.stringify(bad)).toBe(false);
    }
    const setup = setupRequest.safeParse({
      code: 'x',
      workspaceName: 'Équipe\u200F',
      deviceName: 'A',
    });
    expect(setup.error?.issues.map((issue) => issue.path)).toEqual([['workspaceName']]);
  });

  it('reads pairing codes the way people type them', () => {
    expect(normalizePairingCode('k7q4-mx2p-9t')).toBe('K7Q4MX2P9T');
    expect(normalizePairingCode(' K7Q4 MX2P 9T ')).toBe('K7Q4MX2P9T');
    expect(normalizePairingCode('K7Q4-MX2P-9')).toBeNull();
    expect(normalizePairingCode('O7Q4-MX2P-9T')).toBeNull();
    expect(formatPairingCode('K7Q4MX2P9T')).toBe('K7Q4-MX2P-9T');
  });

  it('splits a device group key', () => {
    expect(parseDeviceKey(`Léa (pro) (${id})`)).toEqual({ name: 'Léa (pro)', id });
    expect(parseDeviceKey('quotes')).toBeNull();
  });
});

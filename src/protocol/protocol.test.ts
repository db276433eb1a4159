import { describe, expect, it } from 'vitest';
import {
  eventsBatch,
  formatPairingCode,
  indicatorsQuery,
  MAX_BATCH,
  normalizePairingCode,
  parseDeviceKey,
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

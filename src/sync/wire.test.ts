import { describe, expect, it } from 'vitest';
import type { OutboxEvent } from '../db/schema';
import { indicatorEvent } from '../protocol/protocol';
import { testId } from './testing';
import { toLocalIso, toWireEvent } from './wire';

// The suite runs with TZ=Europe/Paris: +01:00 in winter, +02:00 in summer.
const WINTER = Date.parse('2026-11-18T10:05:07.250+01:00');
const SUMMER = Date.parse('2026-07-14T23:30:00+02:00');

// Loosely typed on purpose: some rows carry fields the outbox type forbids.
const row = (patch: Record<string, unknown>): OutboxEvent =>
  ({
    id: testId(1),
    type: 'time_saved',
    occurredAt: WINTER,
    queuedAt: WINTER + 1,
    ...patch,
  }) as OutboxEvent;

describe('toLocalIso', () => {
  it("writes the device's local time with its offset, to the millisecond", () => {
    expect(toLocalIso(WINTER)).toBe('2026-11-18T10:05:07.250+01:00');
    expect(toLocalIso(SUMMER)).toBe('2026-07-14T23:30:00.000+02:00');
  });

  it('names the same instant', () => {
    for (const at of [WINTER, SUMMER, Date.parse('2026-03-29T01:59:59.999Z')]) {
      expect(Date.parse(toLocalIso(at))).toBe(at);
    }
  });
});

describe('toWireEvent', () => {
  it('sends a time_saved event with exactly its protocol fields', () => {
    const wire = toWireEvent(
      row({ minutes: 15, category: 'quotes', templateId: 'review-negative-delay' }),
    );
    expect(Object.keys(wire).sort()).toEqual(
      ['category', 'id', 'minutes', 'occurredAt', 'templateId', 'type'].sort(),
    );
    expect(wire).toEqual({
      id: testId(1),
      type: 'time_saved',
      occurredAt: '2026-11-18T10:05:07.250+01:00',
      minutes: 15,
      category: 'quotes',
      templateId: 'review-negative-delay',
    });
  });

  it('leaves out an absent template instead of sending it empty', () => {
    const wire = toWireEvent(row({ minutes: 5, category: 'other' }));
    expect(Object.keys(wire).sort()).toEqual(['category', 'id', 'minutes', 'occurredAt', 'type']);
  });

  it('sends a rating with its stars only', () => {
    const wire = toWireEvent(row({ type: 'rating', stars: 4 }));
    expect(Object.keys(wire).sort()).toEqual(['id', 'occurredAt', 'stars', 'type']);
  });

  it('sends a validated document with its template id only', () => {
    const wire = toWireEvent(row({ type: 'document_validated', templateId: 'social-weekend' }));
    expect(Object.keys(wire).sort()).toEqual(['id', 'occurredAt', 'templateId', 'type']);
  });

  it('sends a retraction with the id it retracts only', () => {
    const wire = toWireEvent(row({ type: 'retraction', retracts: testId(9) }));
    expect(Object.keys(wire).sort()).toEqual(['id', 'occurredAt', 'retracts', 'type']);
  });

  it('never carries what else a row holds: queue bookkeeping, or a field that slipped in', () => {
    const polluted = {
      ...row({ minutes: 5, category: 'quotes', parkedAt: 1, error: 'x' }),
      note: 'Devis cuisine Mme Roux',
      documentId: 'doc-1',
      customer: 'Bernadette Lefèvre',
    } as unknown as OutboxEvent;
    const wire = toWireEvent(polluted);
    expect(Object.keys(wire).sort()).toEqual(['category', 'id', 'minutes', 'occurredAt', 'type']);
    expect(JSON.stringify(wire)).not.toMatch(/Roux|Lefèvre|doc-1|queuedAt|parkedAt/);
  });

  it('produces events the protocol accepts', () => {
    const rows: OutboxEvent[] = [
      row({ minutes: 15, category: 'quotes', templateId: 'review-negative-delay' }),
      row({ type: 'rating', stars: 5 }),
      row({ type: 'document_validated', templateId: 'social-weekend' }),
      row({ type: 'retraction', retracts: testId(2) }),
    ];
    for (const event of rows) {
      expect(indicatorEvent.safeParse(toWireEvent(event)).success, event.type).toBe(true);
    }
  });
});

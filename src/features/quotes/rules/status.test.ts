import { describe, expect, it } from 'vitest';
import { effectiveStatus } from './status';
import { completeContent } from './testing';

const issuedAt = Date.parse('2026-03-02T10:00:00+01:00');
const quote = {
  status: 'sent' as const,
  content: completeContent([], { validityDays: '30' }),
  issuedAt,
  sentAt: issuedAt,
};

describe('effectiveStatus', () => {
  it('keeps a sent quote sent through its last valid day, then shows it expired', () => {
    expect(effectiveStatus(quote, Date.parse('2026-04-01T23:59:00+02:00'))).toBe('sent');
    expect(effectiveStatus(quote, Date.parse('2026-04-02T00:00:00+02:00'))).toBe('expired');
  });

  it('never expires a draft, an accepted or a refused quote', () => {
    const later = Date.parse('2027-01-01T00:00:00+01:00');
    for (const status of ['draft', 'accepted', 'refused'] as const) {
      expect(effectiveStatus({ ...quote, status }, later)).toBe(status);
    }
  });
});

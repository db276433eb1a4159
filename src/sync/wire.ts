import type { OutboxEvent } from '../db/schema';
import type { IndicatorEvent } from '../protocol/protocol';

// The one place where an outbox row becomes what leaves the phone. Each type picks its fields
// by name: anything else on the row (queue bookkeeping, a field added later by mistake) stays
// on the device.

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * An instant as ISO 8601 in the device's local time with its offset, e.g.
 * `2026-11-18T10:00:00.000+01:00`: the server learns the local day and hour the artisan saw.
 */
export function toLocalIso(at: number): string {
  const date = new Date(at);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `.${pad(date.getMilliseconds(), 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The wire form of an outbox event: exactly the protocol's fields for its type. */
export function toWireEvent(event: OutboxEvent): IndicatorEvent {
  const base = { id: event.id, occurredAt: toLocalIso(event.occurredAt) };
  switch (event.type) {
    case 'time_saved':
      return {
        ...base,
        type: 'time_saved',
        minutes: event.minutes,
        category: event.category,
        ...(event.templateId ? { templateId: event.templateId } : {}),
      };
    case 'rating':
      return {
        ...base,
        type: 'rating',
        stars: event.stars,
        ...(event.templateId ? { templateId: event.templateId } : {}),
      };
    case 'document_validated':
      return { ...base, type: 'document_validated', templateId: event.templateId };
    case 'retraction':
      return { ...base, type: 'retraction', retracts: event.retracts };
  }
}

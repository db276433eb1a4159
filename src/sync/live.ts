import { liveQuery } from 'dexie';
import { type Accessor, createSignal } from 'solid-js';
import { outboxCounts } from './outbox';
import { type Pairing, readPairing, readSyncRecord, type SyncRecord } from './state';

// Sync state as Solid signals, fed by Dexie liveQuery: they follow IndexedDB, so a push or a
// pairing made in another tab shows here too. Subscribed once for the life of the page.

const [pairing, setPairing] = createSignal<Pairing | null | undefined>(undefined);
const [record, setRecord] = createSignal<SyncRecord>({ lastSuccessAt: null, lastError: null });
const [counts, setCounts] = createSignal<{ pending: number; parked: number }>({
  pending: 0,
  parked: 0,
});

/** The pairing: undefined while loading, null when not paired. */
export const currentPairing: Accessor<Pairing | null | undefined> = pairing;
/** Last success and last error of the pushes. */
export const syncRecord: Accessor<SyncRecord> = record;
/** Events waiting to be sent, and refused ones. */
export const outboxStatus: Accessor<{ pending: number; parked: number }> = counts;

let watching = false;

/**
 * Starts following the sync state; `onOutboxGrew` is called when events were added (the caller
 * debounces the push). Safe to call more than once.
 */
export function watchSyncState(onOutboxGrew: () => void): void {
  if (watching) return;
  watching = true;
  const report = (what: string) => (error: unknown) => console.error(`Sync ${what}`, error);
  liveQuery(readPairing).subscribe({ next: setPairing, error: report('pairing') });
  liveQuery(readSyncRecord).subscribe({ next: setRecord, error: report('status') });
  let previous = -1;
  liveQuery(outboxCounts).subscribe({
    next: (next) => {
      setCounts(next);
      if (previous >= 0 && next.pending > previous) onOutboxGrew();
      previous = next.pending;
    },
    error: report('outbox'),
  });
}

import { createSignal, Show } from 'solid-js';
import { currentPairing, outboxStatus, syncRecord } from '../../sync/live';
import { startSync } from '../../sync/start';
import { Button } from '../../ui/Button';
import { ParkedEvents } from './ParkedEvents';
import { formatClock, formatDateTime, tm } from './strings';
import { syncErrorKey } from './teamRules';
import { syncNow } from './teamState';

/** What waits to be sent, how the last pushes went, and a button to push now. */
export function SyncStatusCard() {
  const client = startSync();
  const [tapped, setTapped] = createSignal(false);
  const canSync = () => Boolean(currentPairing() && !currentPairing()?.needsPairing);
  const pending = () => outboxStatus().pending;
  const sync = async () => {
    setTapped(true);
    await syncNow();
    setTapped(false);
  };
  return (
    <section class="card sync-status" aria-labelledby="sync-title">
      <h2 id="sync-title">{tm('status.title')}</h2>
      <div role="status" aria-live="polite" data-testid="sync-status">
        <p class="big-figure">
          {pending() === 0 ? tm('status.pendingNone') : tm('status.pending', { count: pending() })}
        </p>
        <Show when={canSync()}>
          <Show when={client.phase() === 'syncing'}>
            <p>{tm('status.syncing')}</p>
          </Show>
          <Show when={client.phase() === 'waiting' && client.nextRetryAt()}>
            {(at) => <p class="hint">{tm('status.waiting', { time: formatClock(at()) })}</p>}
          </Show>
        </Show>
        <p class="hint">
          {syncRecord().lastSuccessAt === null
            ? tm('status.never')
            : tm('status.lastSuccess', { date: formatDateTime(syncRecord().lastSuccessAt ?? 0) })}
        </p>
        <Show when={syncRecord().lastError}>
          {(error) => (
            <p class="error">
              {tm('status.lastError', {
                date: formatDateTime(error().at),
                message: tm(syncErrorKey(error().kind)),
              })}
            </p>
          )}
        </Show>
      </div>
      <Show when={canSync()}>
        <Button
          variant="primary"
          disabled={tapped() || client.phase() === 'syncing'}
          onClick={() => void sync()}
        >
          {tm('status.syncNow')}
        </Button>
      </Show>
      <Show when={outboxStatus().parked > 0}>
        <ParkedEvents count={outboxStatus().parked} />
      </Show>
    </section>
  );
}

import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n';
import { currentPairing, outboxStatus, syncRecord } from '../../sync/live';
import { startSync } from '../../sync/start';
import { Button } from '../../ui/Button';
import { formatClock, formatDateTime } from './format';
import { ParkedEvents } from './ParkedEvents';
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
      <h2 id="sync-title">{t('team:status.title')}</h2>
      <div role="status" aria-live="polite" data-testid="sync-status">
        <Show
          when={currentPairing()}
          fallback={
            <p>
              {pending() === 0
                ? t('team:status.keptNone')
                : t('team:status.kept', { count: pending() })}
            </p>
          }
        >
          <p class="big-figure">
            {pending() === 0
              ? t('team:status.pendingNone')
              : t('team:status.pending', { count: pending() })}
          </p>
        </Show>
        <Show when={canSync()}>
          <Show when={client.phase() === 'syncing'}>
            <p>{t('team:status.syncing')}</p>
          </Show>
          <Show when={client.phase() === 'waiting' && client.nextRetryAt()}>
            {(at) => <p class="hint">{t('team:status.waiting', { time: formatClock(at()) })}</p>}
          </Show>
        </Show>
        <Show when={currentPairing() || syncRecord().lastSuccessAt !== null}>
          <p class="hint">
            {syncRecord().lastSuccessAt === null
              ? t('team:status.never')
              : t('team:status.lastSuccess', {
                  date: formatDateTime(syncRecord().lastSuccessAt ?? 0),
                })}
          </p>
        </Show>
        <Show when={syncRecord().lastError}>
          {(error) => (
            <p class="error">
              {t('team:status.lastError', {
                date: formatDateTime(error().at),
                message: t(syncErrorKey(error().kind)),
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
          {t('team:status.syncNow')}
        </Button>
      </Show>
      <Show when={outboxStatus().parked > 0}>
        <ParkedEvents count={outboxStatus().parked} />
      </Show>
    </section>
  );
}

import { For } from 'solid-js';
import { createLiveQuery } from '../../db/live';
import type { OutboxEvent } from '../../db/schema';
import { language } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { discardParked, listParked, retryParked } from '../../sync/outbox';
import { startSync } from '../../sync/start';
import { ConfirmAction } from './ConfirmAction';
import { formatDateTime, tm } from './strings';

function describe(event: OutboxEvent): string {
  return tm(`parked.types.${event.type}`, {
    minutes: formatMinutes(event.type === 'time_saved' ? event.minutes : 0, language()),
    stars: event.type === 'rating' ? event.stars : 0,
  });
}

/** Events the server refused: each with its reason; send them again, or drop them (asked twice). */
export function ParkedEvents(props: { count: number }) {
  const parked = createLiveQuery(listParked);
  const retry = async () => {
    await retryParked();
    void startSync().requestSync('manual');
  };
  return (
    <section class="parked" aria-labelledby="parked-title">
      <h3 id="parked-title">{tm('parked.title', { count: props.count })}</h3>
      <p class="hint">{tm('parked.text')}</p>
      <ul class="list">
        <For each={parked.value()}>
          {(event) => (
            <li class="parked-item">
              <span>
                {describe(event)} · {formatDateTime(event.occurredAt)}
              </span>
              <span class="muted">{tm('parked.reason', { reason: event.error ?? '' })}</span>
            </li>
          )}
        </For>
      </ul>
      <div class="actions">
        <button type="button" class="button" onClick={() => void retry()}>
          {tm('parked.retry')}
        </button>
        <ConfirmAction
          label={tm('parked.discard')}
          question={tm('parked.confirmDiscard')}
          yes={tm('parked.confirm')}
          no={tm('parked.cancel')}
          onConfirm={() => discardParked()}
        />
      </div>
    </section>
  );
}

import { For } from 'solid-js';
import { language } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { ConfirmAction } from './ConfirmAction';
import { formatDateTime, tm } from './strings';
import { createParkedEvents, discardRefused, type OutboxEvent, retryRefused } from './teamState';

function describe(event: OutboxEvent): string {
  return tm(`parked.types.${event.type}`, {
    minutes: formatMinutes(event.type === 'time_saved' ? event.minutes : 0, language()),
    stars: event.type === 'rating' ? event.stars : 0,
  });
}

/** Events the server refused: each with its reason; send them again, or drop them (asked twice). */
export function ParkedEvents(props: { count: number }) {
  const parked = createParkedEvents();
  return (
    <section class="parked" aria-labelledby="parked-title">
      <h3 id="parked-title">{tm('parked.title', { count: props.count })}</h3>
      <p class="hint">{tm('parked.text')}</p>
      <Loaded query={parked} loading={null}>
        {(events) => (
          <ul class="list">
            <For each={events()}>
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
        )}
      </Loaded>
      <div class="actions">
        <Button onClick={() => void retryRefused()}>{tm('parked.retry')}</Button>
        <ConfirmAction
          label={tm('parked.discard')}
          question={tm('parked.confirmDiscard')}
          yes={tm('parked.confirm')}
          no={tm('parked.cancel')}
          onConfirm={discardRefused}
        />
      </div>
    </section>
  );
}

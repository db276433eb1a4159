import { For } from 'solid-js';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { ConfirmAction } from './ConfirmAction';
import { formatDateTime } from './format';
import { createParkedEvents, discardRefused, type OutboxEvent, retryRefused } from './teamState';

function describe(event: OutboxEvent): string {
  return t(`team:parked.types.${event.type}`, {
    minutes: formatMinutes(event.type === 'time_saved' ? event.minutes : 0, language()),
    stars: event.type === 'rating' ? event.stars : 0,
  });
}

/** Events the server refused: each with its reason; send them again, or drop them (asked twice). */
export function ParkedEvents(props: { count: number }) {
  const parked = createParkedEvents();
  return (
    <section class="parked" aria-labelledby="parked-title">
      <h3 id="parked-title">{t('team:parked.title', { count: props.count })}</h3>
      <p class="hint">{t('team:parked.text')}</p>
      <Loaded query={parked} loading={null}>
        {(events) => (
          <ul class="list">
            <For each={events()}>
              {(event) => (
                <li class="parked-item">
                  <span>
                    {describe(event)} · {formatDateTime(event.occurredAt)}
                  </span>
                  <span class="muted">
                    {t('team:parked.reason', { reason: event.error ?? '' })}
                  </span>
                </li>
              )}
            </For>
          </ul>
        )}
      </Loaded>
      <div class="actions">
        <Button onClick={() => void retryRefused()}>{t('team:parked.retry')}</Button>
        <ConfirmAction
          label={t('team:parked.discard')}
          question={t('team:parked.confirmDiscard')}
          yes={t('team:parked.confirm')}
          no={t('team:parked.cancel')}
          onConfirm={discardRefused}
        />
      </div>
    </section>
  );
}

import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ReadError } from '../../ui/Feedback';
import { createAwaitingQuotes } from './awaitingState';

/** Sent quotes waiting for the customer's answer: shown only when there are some. */
export default function AwaitingQuotes() {
  const awaiting = createAwaitingQuotes();
  return (
    <>
      <Show when={awaiting.error() !== undefined}>
        <ReadError onRetry={awaiting.retry} />
      </Show>
      <Show when={(awaiting.value() ?? []).length > 0}>
        <section class="card" aria-labelledby="awaiting-title">
          <h2 id="awaiting-title">{t('home.awaiting.title')}</h2>
          <ul class="draft-list">
            <For each={awaiting.value()}>
              {(quote) => (
                <li>
                  <A class="draft-link" href={`/quotes/${quote.id}`}>
                    <strong>
                      {quote.number} · {quote.customerName}
                    </strong>
                    <span class="muted">
                      {t('home.awaiting.sent', { date: formatDate(quote.sentAt, language()) })}
                    </span>
                  </A>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}

import { createResource, createSignal, Show } from 'solid-js';
import { logQuoteMinutes } from '../../db/quotes';
import type { QuoteRecord } from '../../db/schema';
import { entryForDocument } from '../../db/timeEntries';
import { ENTRY_MINUTES } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { quoteTemplate } from './templates';

/** Minutes a quote made without a guided template is assumed to save. */
const BLANK_MINUTES = 20;

/** Once a quote is sent or accepted: its minutes saved, editable, logged in one tap, once. */
export function TimeSavedCard(props: { quote: QuoteRecord }) {
  const [existing, { mutate }] = createResource(() => props.quote.rootId, entryForDocument);
  const [minutes, setMinutes] = createSignal(
    quoteTemplate(props.quote.templateId)?.baselineMinutes ?? BLANK_MINUTES,
  );
  const confirm = async () => mutate((await logQuoteMinutes(props.quote, minutes())).entry);
  return (
    <section class="card" aria-labelledby="time-title">
      <h2 id="time-title">{t('quotes:timeSaved.title')}</h2>
      <Show
        when={existing()}
        fallback={
          <Show when={!existing.loading}>
            <p>{t('quotes:timeSaved.question')}</p>
            <label class="stepper-value">
              <span>{t('quotes:timeSaved.minutes')}</span>
              <input
                class="stepper-input"
                type="number"
                inputmode="numeric"
                min={ENTRY_MINUTES.min}
                max={ENTRY_MINUTES.max}
                value={minutes()}
                onInput={(event) => {
                  const value = Math.round(Number(event.currentTarget.value));
                  if (Number.isFinite(value) && value >= ENTRY_MINUTES.min)
                    setMinutes(Math.min(ENTRY_MINUTES.max, value));
                }}
              />
            </label>
            <Button variant="primary" wide onClick={() => void confirm()}>
              {t('quotes:timeSaved.confirm', { minutes: formatMinutes(minutes(), language()) })}
            </Button>
          </Show>
        }
      >
        {(entry) => (
          <p role="status">
            {t('quotes:timeSaved.logged', { minutes: formatMinutes(entry().minutes, language()) })}
          </p>
        )}
      </Show>
    </section>
  );
}

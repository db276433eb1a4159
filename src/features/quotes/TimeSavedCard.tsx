import { createSignal, Show } from 'solid-js';
import { ENTRY_MINUTES } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { reported } from '../../ui/Toast';
import type { QuoteRecord } from './editorState';
import { quoteTemplate } from './templates';
import { createQuoteEntry, logMinutesSaved } from './timeSavedState';

/** Minutes a quote made without a guided template is assumed to save. */
const BLANK_MINUTES = 20;

/** Once a quote is sent or accepted: its minutes saved, editable, logged in one tap, once. */
export function TimeSavedCard(props: { quote: QuoteRecord }) {
  const existing = createQuoteEntry(() => props.quote);
  const [minutes, setMinutes] = createSignal(
    quoteTemplate(props.quote.templateId)?.baselineMinutes ?? BLANK_MINUTES,
  );
  // The entry shows through the live read once logged; a failure says so in the toast.
  const confirm = async () => reported(await logMinutesSaved(props.quote, minutes()));
  return (
    <section class="card" aria-labelledby="time-title">
      <h2 id="time-title">{t('quotes:timeSaved.title')}</h2>
      <Loaded query={existing} loading={null}>
        {(entry) => (
          <Show
            when={entry()}
            fallback={
              <>
                <p>{t('quotes:timeSaved.question')}</p>
                <div class="stepper">
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
                </div>
                <Button variant="primary" wide onClick={() => void confirm()}>
                  {t('quotes:timeSaved.confirm', {
                    minutes: formatMinutes(minutes(), language()),
                  })}
                </Button>
              </>
            }
          >
            {(logged) => (
              <p role="status">
                {t('quotes:timeSaved.logged', {
                  minutes: formatMinutes(logged().minutes, language()),
                })}
              </p>
            )}
          </Show>
        )}
      </Loaded>
    </section>
  );
}

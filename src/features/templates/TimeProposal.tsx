import { createResource, createSignal, Show } from 'solid-js';
import { entryForDocument, logMinutesForDocument } from '../../db/timeEntries';
import { ENTRY_MINUTES } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import type { TemplateDefinition } from '../../templates/types';

/** After validation: the template's baseline minutes, editable, logged in one tap, never twice. */
export function TimeProposal(props: { template: TemplateDefinition; documentId: string }) {
  const [existing, { mutate }] = createResource(() => props.documentId, entryForDocument);
  const [minutes, setMinutes] = createSignal(props.template.baselineMinutes);
  const change = (delta: number) =>
    setMinutes((value) => Math.min(ENTRY_MINUTES.max, Math.max(ENTRY_MINUTES.min, value + delta)));
  const confirm = async () => {
    const { entry } = await logMinutesForDocument({
      documentId: props.documentId,
      templateId: props.template.id,
      minutes: minutes(),
      category: props.template.category,
    });
    mutate(entry);
  };
  return (
    <section class="card" aria-labelledby="time-proposal-title">
      <h2 id="time-proposal-title">{t('compose.timeTitle')}</h2>
      <Show
        when={existing()}
        fallback={
          <Show when={!existing.loading}>
            <p>{t('compose.timeQuestion')}</p>
            <div class="stepper">
              <button
                type="button"
                class="button"
                aria-label={t('compose.timeLess')}
                onClick={() => change(-1)}
              >
                −
              </button>
              <label class="stepper-value">
                <span class="visually-hidden">{t('compose.timeMinutes')}</span>
                <input
                  class="stepper-input"
                  type="number"
                  inputmode="numeric"
                  min={ENTRY_MINUTES.min}
                  max={ENTRY_MINUTES.max}
                  value={minutes()}
                  onInput={(event) => {
                    const value = Number(event.currentTarget.value);
                    if (Number.isFinite(value) && value > 0)
                      setMinutes(Math.min(ENTRY_MINUTES.max, value));
                  }}
                />
                <span aria-hidden="true">min</span>
              </label>
              <button
                type="button"
                class="button"
                aria-label={t('compose.timeMore')}
                onClick={() => change(1)}
              >
                +
              </button>
            </div>
            <button type="button" class="button primary wide" onClick={() => void confirm()}>
              {t('compose.timeConfirm', { minutes: formatMinutes(minutes(), language()) })}
            </button>
          </Show>
        }
      >
        {(entry) => (
          <p role="status">
            {t('compose.timeLogged', { minutes: formatMinutes(entry().minutes, language()) })}
          </p>
        )}
      </Show>
    </section>
  );
}

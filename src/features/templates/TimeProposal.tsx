import { createSignal, Show } from 'solid-js';
import { ENTRY_MINUTES } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import type { TemplateDefinition } from '../../templates/types';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { createDocumentEntry, logDocumentMinutes } from './doneState';

/** After validation: the template's baseline minutes, editable, logged in one tap, never twice. */
export function TimeProposal(props: { template: TemplateDefinition; documentId: string }) {
  const existing = createDocumentEntry(() => props.documentId);
  const [minutes, setMinutes] = createSignal(props.template.baselineMinutes);
  const [busy, setBusy] = createSignal(false);
  const change = (delta: number) =>
    setMinutes((value) => Math.min(ENTRY_MINUTES.max, Math.max(ENTRY_MINUTES.min, value + delta)));
  const confirm = async () => {
    setBusy(true);
    await logDocumentMinutes(props.template, props.documentId, minutes());
    setBusy(false);
  };
  return (
    <section class="card" aria-labelledby="time-proposal-title">
      <h2 id="time-proposal-title">{t('compose:compose.timeTitle')}</h2>
      <Loaded query={existing} loading={null}>
        {(entry) => (
          <Show
            when={entry()}
            fallback={
              <>
                <p>{t('compose:compose.timeQuestion')}</p>
                <div class="stepper">
                  <Button
                    icon
                    aria-label={t('compose:compose.timeLess')}
                    onClick={() => change(-1)}
                  >
                    −
                  </Button>
                  <label class="stepper-value">
                    <span class="visually-hidden">{t('compose:compose.timeMinutes')}</span>
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
                  <Button icon aria-label={t('compose:compose.timeMore')} onClick={() => change(1)}>
                    +
                  </Button>
                </div>
                <Button variant="primary" wide disabled={busy()} onClick={() => void confirm()}>
                  {t('compose:compose.timeConfirm', {
                    minutes: formatMinutes(minutes(), language()),
                  })}
                </Button>
              </>
            }
          >
            {(logged) => (
              <p role="status">
                {t('compose:compose.timeLogged', {
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

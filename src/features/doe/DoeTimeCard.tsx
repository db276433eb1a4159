import { createSignal, Show } from 'solid-js';
import { ENTRY_MINUTES } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { createDoeTimeEntry, DOE_BASELINE_MINUTES, logDoeMinutes } from './exportActions';

/** After an export: the minutes this DOE saved, editable, logged in one tap, never twice per job. */
export function DoeTimeCard(props: { jobId: string }) {
  const existing = createDoeTimeEntry(() => props.jobId);
  const [minutes, setMinutes] = createSignal(DOE_BASELINE_MINUTES);
  const clamp = (value: number) => Math.min(ENTRY_MINUTES.max, Math.max(ENTRY_MINUTES.min, value));
  const duration = (value: number) => formatMinutes(value, language());
  return (
    <section class="card" aria-labelledby="doe-time-title">
      <h2 id="doe-time-title">{t('doe:time.title')}</h2>
      <Loaded query={existing} loading={null}>
        {(entry) => (
          <Show
            when={entry()}
            fallback={
              <>
                <p>{t('doe:time.question')}</p>
                <div class="stepper">
                  <Button
                    icon
                    aria-label={t('doe:time.less')}
                    onClick={() => setMinutes((value) => clamp(value - 1))}
                  >
                    −
                  </Button>
                  <label class="stepper-value">
                    <span class="visually-hidden">{t('doe:time.minutes')}</span>
                    <input
                      class="stepper-input"
                      type="number"
                      inputmode="numeric"
                      min={ENTRY_MINUTES.min}
                      max={ENTRY_MINUTES.max}
                      value={minutes()}
                      onInput={(event) => {
                        const value = Number(event.currentTarget.value);
                        if (Number.isInteger(value) && value > 0) setMinutes(clamp(value));
                      }}
                    />
                    <span aria-hidden="true">min</span>
                  </label>
                  <Button
                    icon
                    aria-label={t('doe:time.more')}
                    onClick={() => setMinutes((value) => clamp(value + 1))}
                  >
                    +
                  </Button>
                </div>
                <Button
                  variant="primary"
                  wide
                  onClick={() => void logDoeMinutes(props.jobId, minutes())}
                >
                  {t('doe:time.confirm', { minutes: duration(minutes()) })}
                </Button>
              </>
            }
          >
            {(logged) => (
              <p role="status">{t('doe:time.logged', { minutes: duration(logged().minutes) })}</p>
            )}
          </Show>
        )}
      </Loaded>
    </section>
  );
}

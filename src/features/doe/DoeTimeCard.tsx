import { createResource, createSignal, Show } from 'solid-js';
import { ENTRY_MINUTES } from '../../domain/limits';
import { language } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import { DOE_BASELINE_MINUTES, doeTimeEntry, logDoeMinutes } from './exportActions';
import { td } from './strings';

/** After an export: the minutes this DOE saved, editable, logged in one tap, never twice per job. */
export function DoeTimeCard(props: { jobId: string }) {
  const [existing, { mutate }] = createResource(() => props.jobId, doeTimeEntry);
  const [minutes, setMinutes] = createSignal(DOE_BASELINE_MINUTES);
  const clamp = (value: number) => Math.min(ENTRY_MINUTES.max, Math.max(ENTRY_MINUTES.min, value));
  const confirm = async () => {
    const logged = await logDoeMinutes(props.jobId, minutes());
    if (logged) mutate(logged.entry);
  };
  const duration = (value: number) => formatMinutes(value, language());
  return (
    <section class="card" aria-labelledby="doe-time-title">
      <h2 id="doe-time-title">{td('time.title')}</h2>
      <Show
        when={existing()}
        fallback={
          <Show when={!existing.loading}>
            <p>{td('time.question')}</p>
            <div class="stepper">
              <button
                type="button"
                class="button"
                aria-label={td('time.less')}
                onClick={() => setMinutes((value) => clamp(value - 1))}
              >
                −
              </button>
              <label class="stepper-value">
                <span class="visually-hidden">{td('time.minutes')}</span>
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
              <button
                type="button"
                class="button"
                aria-label={td('time.more')}
                onClick={() => setMinutes((value) => clamp(value + 1))}
              >
                +
              </button>
            </div>
            <button type="button" class="button primary wide" onClick={() => void confirm()}>
              {td('time.confirm', { minutes: duration(minutes()) })}
            </button>
          </Show>
        }
      >
        {(entry) => (
          <p role="status">{td('time.logged', { minutes: duration(entry().minutes) })}</p>
        )}
      </Show>
    </section>
  );
}

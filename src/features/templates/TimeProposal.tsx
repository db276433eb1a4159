import { createSignal, Show } from 'solid-js';
import { ENTRY_MINUTES } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import type { TemplateDefinition } from '../../templates/types';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import {
  changeDocumentMinutes,
  createDocumentEntry,
  logDocumentMinutes,
  uncountDocumentMinutes,
} from './doneState';

/** Minutes typed or stepped, kept within what one entry may hold. */
function clamp(value: number): number {
  return Math.min(ENTRY_MINUTES.max, Math.max(ENTRY_MINUTES.min, Math.round(value)));
}

/** The − / number / + control for minutes. */
function MinutesStepper(props: { minutes: number; onMinutes: (minutes: number) => void }) {
  return (
    <div class="stepper">
      <Button
        icon
        aria-label={t('compose:compose.timeLess')}
        onClick={() => props.onMinutes(clamp(props.minutes - 1))}
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
          value={props.minutes}
          onInput={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isFinite(value) && value > 0) props.onMinutes(clamp(value));
          }}
        />
        <span aria-hidden="true">min</span>
      </label>
      <Button
        icon
        aria-label={t('compose:compose.timeMore')}
        onClick={() => props.onMinutes(clamp(props.minutes + 1))}
      >
        +
      </Button>
    </div>
  );
}

/**
 * The minutes a validated text saved: counted at validation (« +20 min · Modifier · Annuler »),
 * changed or cancelled here; once cancelled, counted again in one tap.
 */
export function TimeProposal(props: { template: TemplateDefinition; documentId: string }) {
  const existing = createDocumentEntry(() => props.documentId);
  const [minutes, setMinutes] = createSignal(props.template.baselineMinutes);
  const [editing, setEditing] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    await work();
    setBusy(false);
  };
  const format = (value: number) => formatMinutes(value, language());
  return (
    <div class="time-counted" data-testid="time-counted">
      <Loaded query={existing} loading={null}>
        {(entry) => (
          <Show
            when={entry()}
            fallback={
              <>
                <p role="status">{t('compose:compose.timeUncounted')}</p>
                <MinutesStepper minutes={minutes()} onMinutes={setMinutes} />
                <Button
                  variant="primary"
                  disabled={busy()}
                  onClick={() =>
                    void act(() => logDocumentMinutes(props.template, props.documentId, minutes()))
                  }
                >
                  {t('compose:compose.timeConfirm', { minutes: format(minutes()) })}
                </Button>
              </>
            }
          >
            {(counted) => (
              <Show
                when={editing()}
                fallback={
                  <div class="time-counted-line">
                    <p role="status">
                      {t('compose:compose.timeCounted', { minutes: format(counted().minutes) })}
                    </p>
                    <Button
                      onClick={() => {
                        setMinutes(counted().minutes);
                        setEditing(true);
                      }}
                    >
                      {t('compose:compose.timeChange')}
                    </Button>
                    <Button
                      disabled={busy()}
                      onClick={() => void act(() => uncountDocumentMinutes(counted().id))}
                    >
                      {t('compose:compose.timeUncount')}
                    </Button>
                  </div>
                }
              >
                <p>{t('compose:compose.timeQuestion')}</p>
                <MinutesStepper minutes={minutes()} onMinutes={setMinutes} />
                <Button
                  variant="primary"
                  disabled={busy()}
                  onClick={() =>
                    void act(async () => {
                      if (await changeDocumentMinutes(counted().id, minutes())) setEditing(false);
                    })
                  }
                >
                  {t('compose:compose.timeSave', { minutes: format(minutes()) })}
                </Button>
              </Show>
            )}
          </Show>
        )}
      </Loaded>
    </div>
  );
}

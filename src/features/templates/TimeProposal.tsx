import { createSignal, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatMinutes } from '../../i18n/format';
import type { TemplateDefinition } from '../../templates/types';
import { Button } from '../../ui/Button';
import { Loaded } from '../../ui/Feedback';
import { MinutesStepper } from '../../ui/MinutesStepper';
import {
  changeDocumentMinutes,
  createDocumentEntry,
  logDocumentMinutes,
  uncountDocumentMinutes,
} from './doneState';

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
  const stepper = () => (
    <MinutesStepper
      minutes={minutes()}
      onMinutes={setMinutes}
      label={t('compose:compose.timeMinutes')}
      less={t('compose:compose.timeLess')}
      more={t('compose:compose.timeMore')}
    />
  );
  return (
    <div class="time-counted" data-testid="time-counted">
      <Loaded query={existing} loading={null}>
        {(entry) => (
          <Show
            when={entry()}
            fallback={
              <>
                <p role="status">{t('compose:compose.timeUncounted')}</p>
                {stepper()}
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
                {stepper()}
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

import { createSignal, For, onMount, Show } from 'solid-js';
import { TIME_CATEGORIES, type TimeCategory } from '../../domain/categories';
import { LONG_ENTRY_MINUTES } from '../../domain/limits';
import { language, t } from '../../i18n';
import { formatMinutes, formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { dismissToast } from '../../ui/Toast';
import { settings } from '../settings/preferences';
import { ENTRY_MINUTES, parseMinutes } from './timelogRules';
import { logQuick } from './timelogState';

const PRESETS = [5, 10, 15] as const;

/**
 * Logs minutes saved in one tap: pick the kind of task (kept between logs), optionally a note,
 * then +5 / +10 / +15 or a typed number of minutes. `focus` brings it into view with focus, for
 * the Home quick action.
 */
export function QuickLog(props: { focus?: boolean }) {
  // The kind of task of the last quick log: most logs in a row are of the same kind.
  const [category, setCategory] = createSignal<TimeCategory>(settings().quickLogCategory);
  const [note, setNote] = createSignal('');
  const [custom, setCustom] = createSignal('');
  const [invalid, setInvalid] = createSignal(false);
  // A long duration typed, waiting for the artisan to confirm it.
  const [confirming, setConfirming] = createSignal<number | null>(null);
  let section: HTMLElement | undefined;
  let customInput: HTMLInputElement | undefined;

  onMount(() => {
    if (!props.focus || !section) return;
    section.focus({ preventScroll: true });
    section.scrollIntoView({ block: 'start' });
  });

  const log = async (minutes: number) => {
    const entry = await logQuick({ minutes, category: category(), note: note() });
    if (entry) setNote('');
    return entry;
  };

  const logCustom = async (event: SubmitEvent) => {
    event.preventDefault();
    const minutes = parseMinutes(custom());
    setInvalid(minutes === null);
    if (minutes === null) {
      // The error under the field must not sit behind the last log's toast.
      dismissToast();
      customInput?.focus();
      return;
    }
    if (minutes > LONG_ENTRY_MINUTES) {
      dismissToast();
      setConfirming(minutes);
      return;
    }
    await logCustomMinutes(minutes);
  };

  const logCustomMinutes = async (minutes: number) => {
    setConfirming(null);
    if (await log(minutes)) setCustom('');
  };

  return (
    <section
      ref={section}
      class="card quick-log"
      tabindex="-1"
      aria-labelledby="quick-log-title"
      data-testid="quick-log"
    >
      <h2 id="quick-log-title">{t('timelog:quickLog.title')}</h2>
      <ChoiceGroup<TimeCategory>
        legend={t('timelog:quickLog.category')}
        name="quick-log-category"
        value={category()}
        options={TIME_CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) }))}
        onValue={setCategory}
      />
      <TextField
        name="quick-log-note"
        label={t('timelog:quickLog.note')}
        value={note()}
        onValue={setNote}
        autocomplete="off"
        maxlength="200"
      />
      <div class="quick-presets">
        <For each={PRESETS}>
          {(minutes) => (
            <Button variant="primary" onClick={() => void log(minutes)}>
              {t('timelog:quickLog.plus', { minutes })}
            </Button>
          )}
        </For>
      </div>
      <form class="quick-custom" novalidate onSubmit={(event) => void logCustom(event)}>
        <TextField
          ref={customInput}
          name="quick-log-minutes"
          label={t('timelog:quickLog.custom')}
          inputmode="numeric"
          autocomplete="off"
          enterkeyhint="done"
          value={custom()}
          onValue={(value) => {
            setCustom(value);
            setConfirming(null);
            if (invalid() && parseMinutes(value) !== null) setInvalid(false);
          }}
          error={
            invalid()
              ? t('timelog:invalid.minutes', {
                  min: formatNumber(ENTRY_MINUTES.min, language()),
                  max: formatNumber(ENTRY_MINUTES.max, language()),
                })
              : undefined
          }
        />
        <Show
          when={confirming()}
          fallback={<Button type="submit">{t('timelog:quickLog.customAdd')}</Button>}
        >
          {(minutes) => (
            <div class="confirm" role="alert">
              <p>
                {t('timelog:quickLog.confirmLong', {
                  duration: formatMinutes(minutes(), language()),
                })}
              </p>
              <Button variant="primary" onClick={() => void logCustomMinutes(minutes())}>
                {t('timelog:quickLog.confirmYes', {
                  duration: formatMinutes(minutes(), language()),
                })}
              </Button>
              <Button
                onClick={() => {
                  setConfirming(null);
                  customInput?.focus();
                }}
              >
                {t('timelog:quickLog.confirmFix')}
              </Button>
            </div>
          )}
        </Show>
      </form>
    </section>
  );
}

import { createSignal, For, onMount } from 'solid-js';
import { TIME_CATEGORIES, type TimeCategory } from '../../domain/categories';
import { language, t } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { ENTRY_MINUTES, parseMinutes } from './timelogRules';
import { logQuick } from './timelogState';

const PRESETS = [5, 10, 15] as const;

/**
 * Logs minutes saved in one tap: pick the kind of task (kept between logs), optionally a note,
 * then +5 / +10 / +15 or a typed number of minutes. `focus` brings it into view with focus, for
 * the Home quick action.
 */
export function QuickLog(props: { focus?: boolean }) {
  const [category, setCategory] = createSignal<TimeCategory>('communication');
  const [note, setNote] = createSignal('');
  const [custom, setCustom] = createSignal('');
  const [invalid, setInvalid] = createSignal(false);
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
      customInput?.focus();
      return;
    }
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
        <Button type="submit">{t('timelog:quickLog.customAdd')}</Button>
      </form>
    </section>
  );
}

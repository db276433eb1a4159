import { createSignal, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { settings } from '../settings/preferences';
import { GOAL_MINUTES, parseMinutes } from './timelogRules';
import { saveWeeklyGoal } from './timelogState';

/** The weekly goal in minutes, behind a "Change the goal" button; saved on the device. */
export function GoalEditor() {
  const [open, setOpen] = createSignal(false);
  const [value, setValue] = createSignal('');
  const [invalid, setInvalid] = createSignal(false);

  const start = () => {
    setValue(String(settings().weeklyGoalMinutes));
    setInvalid(false);
    setOpen(true);
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const minutes = parseMinutes(value(), GOAL_MINUTES);
    setInvalid(minutes === null);
    if (minutes !== null && (await saveWeeklyGoal(minutes))) setOpen(false);
  };

  return (
    <Show
      when={open()}
      fallback={<Button onClick={start}>{t('timelog:dashboard.goalChange')}</Button>}
    >
      <form class="goal-editor" novalidate onSubmit={(event) => void submit(event)}>
        <TextField
          name="weekly-goal"
          label={t('timelog:dashboard.goal')}
          hint={t('timelog:dashboard.goalHint')}
          inputmode="numeric"
          autocomplete="off"
          autofocus
          value={value()}
          onValue={setValue}
          error={
            invalid()
              ? t('timelog:invalid.goal', {
                  min: formatNumber(GOAL_MINUTES.min, language()),
                  max: formatNumber(GOAL_MINUTES.max, language()),
                })
              : undefined
          }
        />
        <div class="actions">
          <Button type="submit" variant="primary">
            {t('timelog:dashboard.goalSave')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('timelog:editor.cancel')}</Button>
        </div>
      </form>
    </Show>
  );
}

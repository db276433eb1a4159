import { createSignal, Show } from 'solid-js';
import { language } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { settings } from '../settings/preferences';
import { tl } from './strings';
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
    <Show when={open()} fallback={<Button onClick={start}>{tl('dashboard.goalChange')}</Button>}>
      <form class="goal-editor" novalidate onSubmit={(event) => void submit(event)}>
        <TextField
          name="weekly-goal"
          label={tl('dashboard.goal')}
          hint={tl('dashboard.goalHint')}
          inputmode="numeric"
          autocomplete="off"
          autofocus
          value={value()}
          onValue={setValue}
          error={
            invalid()
              ? tl('invalid.goal', {
                  min: formatNumber(GOAL_MINUTES.min, language()),
                  max: formatNumber(GOAL_MINUTES.max, language()),
                })
              : undefined
          }
        />
        <div class="actions">
          <Button type="submit" variant="primary">
            {tl('dashboard.goalSave')}
          </Button>
          <Button onClick={() => setOpen(false)}>{tl('editor.cancel')}</Button>
        </div>
      </form>
    </Show>
  );
}

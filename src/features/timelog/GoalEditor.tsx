import { createSignal, Show } from 'solid-js';
import { language, t } from '../../i18n';
import { formatMinutes, formatNumber } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { settings } from '../settings/preferences';
import { GOAL_MAX_HOURS, type GoalProblem, parseGoal, splitGoal } from './goalRules';
import { GOAL_MINUTES } from './timelogRules';
import { saveWeeklyGoal } from './timelogState';

/** The benchmark the goal starts from: the 2.1 h a week early AI users report. */
const BENCHMARK_MINUTES = 126;

/**
 * The weekly goal as hours and minutes (stored in minutes), behind a "Change the goal" button;
 * saved on the device.
 */
export function GoalEditor() {
  const [open, setOpen] = createSignal(false);
  const [hours, setHours] = createSignal('');
  const [minutes, setMinutes] = createSignal('');
  const [problem, setProblem] = createSignal<GoalProblem | undefined>(undefined);

  const start = () => {
    const goal = splitGoal(settings().weeklyGoalMinutes);
    setHours(String(goal.hours));
    setMinutes(String(goal.minutes));
    setProblem(undefined);
    setOpen(true);
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const goal = parseGoal(hours(), minutes());
    setProblem(typeof goal === 'number' ? undefined : goal);
    if (typeof goal === 'number' && (await saveWeeklyGoal(goal))) setOpen(false);
  };
  const lang = () => language();
  const errorFor = (field: 'hours' | 'minutes') => {
    const found = problem();
    if (field === 'minutes') {
      return found === 'minutes' ? t('timelog:invalid.goalMinutes') : undefined;
    }
    if (found === 'hours') {
      return t('timelog:invalid.goalHours', { max: formatNumber(GOAL_MAX_HOURS, lang()) });
    }
    return found === 'range'
      ? t('timelog:invalid.goalRange', {
          min: formatMinutes(GOAL_MINUTES.min, lang()),
          max: formatMinutes(GOAL_MINUTES.max, lang()),
        })
      : undefined;
  };

  return (
    <Show
      when={open()}
      fallback={<Button onClick={start}>{t('timelog:dashboard.goalChange')}</Button>}
    >
      <form class="goal-editor" novalidate onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{t('timelog:dashboard.goal')}</legend>
          <p class="hint">
            {t('timelog:dashboard.goalHint', {
              benchmark: formatMinutes(BENCHMARK_MINUTES, lang()),
            })}
          </p>
          <div class="goal-fields">
            <TextField
              name="goal-hours"
              label={t('timelog:dashboard.goalHours')}
              inputmode="numeric"
              autocomplete="off"
              autofocus
              value={hours()}
              onValue={setHours}
              error={errorFor('hours')}
            />
            <TextField
              name="goal-minutes"
              label={t('timelog:dashboard.goalMinutes')}
              inputmode="numeric"
              autocomplete="off"
              value={minutes()}
              onValue={setMinutes}
              error={errorFor('minutes')}
            />
          </div>
        </fieldset>
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

import { Show } from 'solid-js';
import { ENTRY_MINUTES } from '../domain/limits';
import { Button } from './Button';

/** Minutes typed or stepped, whole and kept within what one entry may hold. */
export function clampMinutes(value: number): number {
  return Math.min(ENTRY_MINUTES.max, Math.max(ENTRY_MINUTES.min, Math.round(value)));
}

/**
 * The − / number / + control for the minutes of one time entry. The labels are the caller's
 * (its feature's namespace); without `less` and `more` the minutes are only typed.
 */
export function MinutesStepper(props: {
  minutes: number;
  onMinutes: (minutes: number) => void;
  /** The number field's accessible name. */
  label: string;
  less?: string;
  more?: string;
}) {
  const step = (by: number) => props.onMinutes(clampMinutes(props.minutes + by));
  return (
    <div class="stepper">
      <Show when={props.less}>
        {(less) => (
          <Button icon aria-label={less()} onClick={() => step(-1)}>
            −
          </Button>
        )}
      </Show>
      <label class="stepper-value">
        <span class="visually-hidden">{props.label}</span>
        <input
          class="stepper-input"
          type="number"
          inputmode="numeric"
          min={ENTRY_MINUTES.min}
          max={ENTRY_MINUTES.max}
          value={props.minutes}
          onInput={(event) => {
            // A blank, zero or negative figure is left as typed until it makes sense.
            const value = Number(event.currentTarget.value);
            if (Number.isFinite(value) && value > 0) props.onMinutes(clampMinutes(value));
          }}
        />
        <span aria-hidden="true">min</span>
      </label>
      <Show when={props.more}>
        {(more) => (
          <Button icon aria-label={more()} onClick={() => step(1)}>
            +
          </Button>
        )}
      </Show>
    </div>
  );
}

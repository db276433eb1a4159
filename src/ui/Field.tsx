import { createUniqueId, type JSX, Show, splitProps } from 'solid-js';

interface FieldFrameProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled text input with an optional hint and a localized error message. */
export function TextField(
  props: FieldFrameProps &
    Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'onInput'> & {
      value: string;
      onValue: (value: string) => void;
    },
) {
  const [frame, input] = splitProps(props, ['label', 'hint', 'error', 'value', 'onValue', 'id']);
  // A given id lets other screens lead to this input (e.g. a checker finding).
  const id = frame.id ?? createUniqueId();
  return (
    <div class="field" classList={{ invalid: Boolean(frame.error) }}>
      <label for={id}>{frame.label}</label>
      <input
        {...input}
        id={id}
        value={frame.value}
        aria-invalid={frame.error ? 'true' : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onInput={(event) => frame.onValue(event.currentTarget.value)}
      />
      <Show when={frame.hint}>
        <p class="hint" id={`${id}-hint`}>
          {frame.hint}
        </p>
      </Show>
      <Show when={frame.error}>
        <p class="error" id={`${id}-error`}>
          {frame.error}
        </p>
      </Show>
    </div>
  );
}

/** A labelled select. Options are given as children (`<option>` or `<optgroup>`). */
export function SelectField(
  props: FieldFrameProps & {
    value: string;
    onValue: (value: string) => void;
    name: string;
    children: JSX.Element;
    id?: string;
  },
) {
  const id = props.id ?? createUniqueId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onValue(event.currentTarget.value)}
      >
        {props.children}
      </select>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
    </div>
  );
}

/** A group of radio buttons shown as large segmented choices. */
export function ChoiceGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  /**
   * Called when a choice is made. When it returns a promise (a choice that may fail, e.g. a
   * language that cannot load offline), the choices show `value` again once it settles: the
   * new one if the owner took it, the previous one if not.
   */
  onValue: (value: T) => unknown;
  /** Called on every tap on a choice, even the one already chosen. */
  onPick?: (value: T) => void;
}) {
  let group!: HTMLFieldSetElement;
  const showValue = () => {
    for (const input of group.querySelectorAll('input'))
      input.checked = input.value === props.value;
  };
  return (
    <fieldset class="choice-group" ref={group}>
      <legend>{props.legend}</legend>
      <div class="choices">
        {props.options.map((option) => (
          <label class="choice">
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => {
                const result = props.onValue(option.value);
                if (result instanceof Promise) void result.finally(showValue);
              }}
              onClick={() => props.onPick?.(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A labelled multi-line text input (line breaks kept) with an optional hint and error. */
export function TextAreaField(
  props: FieldFrameProps & {
    name: string;
    value: string;
    rows?: number;
    onValue: (value: string) => void;
    id?: string;
  },
) {
  const generated = createUniqueId();
  const id = () => props.id ?? generated;
  return (
    <div class="field" classList={{ invalid: Boolean(props.error) }}>
      <label for={id()}>{props.label}</label>
      <textarea
        id={id()}
        name={props.name}
        rows={props.rows ?? 3}
        class="short"
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={`${id()}-hint ${id()}-error`}
        onInput={(event) => props.onValue(event.currentTarget.value)}
      />
      <Show when={props.hint}>
        <p class="hint" id={`${id()}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="error" id={`${id()}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

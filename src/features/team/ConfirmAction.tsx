import { createSignal, onMount, Show } from 'solid-js';

/**
 * A destructive action asked twice, in place: the button, then the question with "yes" and
 * "cancel" (focus goes to cancel, the safe choice). No modal: it works the same on every phone.
 */
export function ConfirmAction(props: {
  label: string;
  /** Accessible name of the first button when the visible label is not enough. */
  ariaLabel?: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => unknown;
  disabled?: boolean;
}) {
  const [asking, setAsking] = createSignal(false);
  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class="button danger"
          aria-label={props.ariaLabel}
          disabled={props.disabled}
          onClick={() => setAsking(true)}
        >
          {props.label}
        </button>
      }
    >
      <Question
        question={props.question}
        yes={props.yes}
        no={props.no}
        onConfirm={props.onConfirm}
        close={() => setAsking(false)}
      />
    </Show>
  );
}

function Question(props: {
  question: string;
  yes: string;
  no: string;
  onConfirm: () => unknown;
  close: () => void;
}) {
  let cancel: HTMLButtonElement | undefined;
  onMount(() => cancel?.focus());
  return (
    <fieldset class="confirm">
      <legend>{props.question}</legend>
      <div class="actions">
        <button
          type="button"
          class="button danger"
          onClick={() => {
            props.close();
            void props.onConfirm();
          }}
        >
          {props.yes}
        </button>
        <button ref={cancel} type="button" class="button" onClick={props.close}>
          {props.no}
        </button>
      </div>
    </fieldset>
  );
}

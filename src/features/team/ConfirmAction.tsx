import { createSignal, onMount, Show } from 'solid-js';
import { Button } from '../../ui/Button';

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
        <Button
          variant="danger"
          aria-label={props.ariaLabel}
          disabled={props.disabled}
          onClick={() => setAsking(true)}
        >
          {props.label}
        </Button>
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
        <Button
          variant="danger"
          onClick={() => {
            props.close();
            void props.onConfirm();
          }}
        >
          {props.yes}
        </Button>
        <Button ref={cancel} onClick={props.close}>
          {props.no}
        </Button>
      </div>
    </fieldset>
  );
}

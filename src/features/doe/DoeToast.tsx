import { onCleanup, Show } from 'solid-js';
import { td } from './strings';
import { dismissToast, toast, undoToast } from './toast';

/**
 * The DOE screens' toast: what just happened, with Annuler when it can be undone. The live region
 * stays in the page so screen readers announce each new message. Leaving the screen ends the
 * toast (a removal then becomes final).
 */
export function DoeToast() {
  onCleanup(dismissToast);
  return (
    <div role="status" aria-live="polite">
      <Show when={toast()}>
        {(current) => (
          <div class="toast" classList={{ 'toast-error': current().error === true }}>
            <span>{current().message()}</span>
            <Show when={current().undo}>
              <button type="button" class="button" onClick={() => void undoToast()}>
                {td('toast.undo')}
              </button>
            </Show>
          </div>
        )}
      </Show>
    </div>
  );
}

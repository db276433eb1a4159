import { onCleanup, Show } from 'solid-js';
import { tl } from './strings';
import { dismissToast, toast, undoToast } from './timelogState';

/**
 * The Time screen's toast: what just happened, with Undo when it can be undone. The live region
 * stays in the page so screen readers announce each new message.
 */
export function UndoToast() {
  onCleanup(dismissToast);
  return (
    <div role="status" aria-live="polite">
      <Show when={toast()}>
        {(current) => (
          <div class="toast" classList={{ 'toast-error': current().error === true }}>
            <span>{current().message()}</span>
            <Show when={current().undo}>
              <button type="button" class="button" onClick={() => void undoToast()}>
                {tl('toast.undo')}
              </button>
            </Show>
          </div>
        )}
      </Show>
    </div>
  );
}

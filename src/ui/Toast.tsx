import { createSignal, Show } from 'solid-js';
import { UNDO_MS } from '../domain/limits';
import { t } from '../i18n';
import { type ActionResult, runAction } from './action';
import { Button } from './Button';

// The app's one toast: what just happened, with Undo when it can be undone, or what failed.
// Shown by feature actions, drawn once by the layout (`<Toast />`), gone after UNDO_MS or when
// the screen changes.

/** What the toast says (a function, so it follows the language), and what Undo does. */
export interface ToastContent {
  message: () => string;
  /** The undo, offered until the toast goes; its failure becomes an error toast. */
  undo?: () => Promise<unknown>;
  error?: boolean;
}

const [toast, setToast] = createSignal<ToastContent | null>(null);
let timer: ReturnType<typeof setTimeout> | undefined;

/** The toast shown now, or null. */
export { toast };

/** Shows a toast in place of the current one, for UNDO_MS. */
export function showToast(content: ToastContent): void {
  clearTimeout(timer);
  setToast(content);
  timer = setTimeout(() => setToast(null), UNDO_MS);
}

/** Hides the toast (its undo is no longer offered). */
export function dismissToast(): void {
  clearTimeout(timer);
  setToast(null);
}

/** Shows what failed, as an error toast. */
export function showFailure(message: string): void {
  showToast({ message: () => t(message), error: true });
}

/** The value of a result, or null after showing its failure in the toast. */
export function reported<T>(result: ActionResult<T>): T | null {
  if (result.ok) return result.value;
  showFailure(result.message);
  return null;
}

/** Runs the toast's undo once, then hides it; a failed undo says so. */
export async function undoToast(): Promise<void> {
  const current = toast();
  dismissToast();
  if (current?.undo) reported(await runAction(current.undo));
}

/**
 * The toast, drawn once by the layout. The live region stays in the page so
 * screen readers announce each new message.
 */
export function Toast() {
  return (
    <div role="status" aria-live="polite">
      <Show when={toast()}>
        {(current) => (
          <div class="toast" classList={{ 'toast-error': current().error === true }}>
            <span>{current().message()}</span>
            <Show when={current().undo}>
              <Button onClick={() => void undoToast()}>{t('toast.undo')}</Button>
            </Show>
          </div>
        )}
      </Show>
    </div>
  );
}

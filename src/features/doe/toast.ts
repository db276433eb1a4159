import { createSignal } from 'solid-js';
import { trackSave } from '../../db/pendingSaves';
import { UNDO_MS } from '../../domain/limits';
import { td } from './strings';

// The DOE screens' one toast: what just happened, with Annuler when it can be undone. A removal
// is soft until its undo is no longer offered; `expire` then makes it final (frees the photos).

/** What the toast says, what Annuler does, and what happens once Annuler is gone. */
export interface Toast {
  message: () => string;
  undo?: () => Promise<unknown>;
  expire?: () => Promise<unknown>;
  error?: boolean;
}

const [toast, setToast] = createSignal<Toast | null>(null);
let timer: ReturnType<typeof setTimeout> | undefined;

/** The toast shown at the bottom of DOE screens, or null. */
export { toast };

/** Ends the current toast; its removal (if any) becomes final. */
export function dismissToast(): void {
  clearTimeout(timer);
  const current = toast();
  setToast(null);
  if (current?.expire) void trackSave(current.expire()).catch(report);
}

/** Shows a toast for the undo time, ending the previous one first. */
export function showToast(next: Toast): void {
  dismissToast();
  setToast(next);
  timer = setTimeout(dismissToast, UNDO_MS);
}

/** Runs the toast's undo once, then hides it without making anything final. */
export async function undoToast(): Promise<void> {
  const current = toast();
  clearTimeout(timer);
  setToast(null);
  if (!current?.undo) return;
  try {
    await trackSave(current.undo());
  } catch (error) {
    report(error);
  }
}

function report(error: unknown): void {
  console.error('DOE write failed', error);
  showToast({ message: () => td('toast.failed'), error: true });
}

/** Runs a write (tracked, so an update waits for it); a failure becomes a toast, not a crash. */
export async function attempt<T>(write: () => Promise<T>): Promise<T | null> {
  try {
    return await trackSave(write());
  } catch (error) {
    report(error);
    return null;
  }
}

import { runAction } from '../../ui/action';
import { reported } from '../../ui/Toast';

// How the DOE's actions write: through src/db (which tracks every write, so an app update waits
// for it), with a failure said in the one toast, in the DOE's words (nothing saved is lost).

/** What the toast says when a DOE write fails (storage full, database closed). */
export const DOE_SAVE_FAILED = 'doe:failures.save';

/** Runs a write of the DOE; its failure is shown in the toast and null returned. */
export async function saved<T>(write: () => Promise<T>): Promise<T | null> {
  return reported(await runAction(write, DOE_SAVE_FAILED));
}

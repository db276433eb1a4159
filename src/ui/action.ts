// One way to run what the user asked for and report a failure: an action returns a result, never
// throws, and a failure carries the locale key of the message the screen shows (in a toast, or
// beside the form it came from).

/** What an action came to: its value, or the locale key saying what failed. */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The key shown when a write to the device fails (quota, blocked or closed database). */
export const SAVE_FAILED = 'failures.save';

/**
 * Runs an action. A failure (quota, blocked database, network, a value refused by the data layer)
 * is logged and returned with the message key `failure`: never thrown, never silent.
 */
export async function runAction<T>(
  run: () => Promise<T>,
  failure: string = SAVE_FAILED,
): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    console.error(`Action failed (${failure})`, error);
    return { ok: false, message: failure };
  }
}

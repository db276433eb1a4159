/** Writes still in flight; an app update waits for them so no typed input is lost. */
const pending = new Set<Promise<unknown>>();

/** Tracks a save until it settles, and returns it. */
export function trackSave<T>(save: Promise<T>): Promise<T> {
  pending.add(save);
  const forget = () => pending.delete(save);
  save.then(forget, forget);
  return save;
}

/** Resolves once every tracked save has settled; rejects if one of them failed. */
export async function flushPendingSaves(): Promise<void> {
  while (pending.size > 0) {
    await Promise.all([...pending]);
  }
}

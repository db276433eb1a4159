import { createSignal } from 'solid-js';
import { onDatabaseEvent } from '../db/database';
import { flushPendingSaves } from '../db/pendingSaves';

const [upgradeBlocked, setUpgradeBlocked] = createSignal(false);

/** This tab waits for other tabs to close before it can upgrade its data. */
export { upgradeBlocked };

/** Reacts to schema changes made by other tabs. */
export function watchDatabaseEvents(): void {
  onDatabaseEvent((event) => {
    if (event === 'blocked') {
      setUpgradeBlocked(true);
      return;
    }
    // Another tab runs a newer version: save what is in flight, then reload into it.
    void flushPendingSaves()
      .catch(() => undefined)
      .then(() => window.location.reload());
  });
}

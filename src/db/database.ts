import { EtabliDB } from './schema';

/** Something the database needs the UI to act on. */
export type DatabaseEvent =
  /** Another tab opened a newer schema: this tab closed its connection and must reload. */
  | 'versionchange'
  /** This tab's upgrade waits for other tabs with the old schema to close. */
  | 'blocked';

type Listener = (event: DatabaseEvent) => void;
const listeners = new Set<Listener>();

/** Subscribes to database events; returns the unsubscribe function. */
export function onDatabaseEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wires the versionchange/blocked handlers of a database to the listeners above. */
export function watchDatabase(database: EtabliDB): void {
  database.on('versionchange', () => {
    // Close at once so the other tab's upgrade can proceed; drafts are already on disk
    // (they autosave on every change), so the UI only has to flush and reload.
    database.close({ disableAutoOpen: false });
    for (const listener of listeners) listener('versionchange');
  });
  database.on('blocked', () => {
    for (const listener of listeners) listener('blocked');
  });
}

/** The app's single database connection. */
export const db: EtabliDB = new EtabliDB();
watchDatabase(db);

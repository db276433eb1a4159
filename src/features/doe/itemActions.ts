import { purgeDeleted } from '../../db/attachments';
import {
  addItem,
  moveItem,
  removeItem,
  renameItem,
  restoreItem,
  setItemNote,
  setItemRequired,
  setItemStatus,
} from '../../db/doeItems';
import type { DoeItemRecord } from '../../db/schema';
import type { DoeItemStatus } from '../../domain/doe';
import { UNDO_MS } from '../../domain/limits';
import { t } from '../../i18n';
import { now } from '../../lib/clock';
import { showToast } from '../../ui/Toast';
import { saved } from './saved';

// Actions on DOE items. Text is saved as typed at every keystroke; a removal can be undone, and
// is made final (its photos freed) once the undo is no longer offered. A failure is said in the
// toast; the action then returns null.

/** Sets where an item stands. */
export function changeStatus(id: string, status: DoeItemStatus) {
  return saved(() => setItemStatus(id, status));
}

/** Saves an item's note as typed. */
export function saveNote(id: string, note: string) {
  return saved(() => setItemNote(id, note));
}

/** Saves the artisan's wording of an item as typed ('' brings the checklist label back). */
export function rename(id: string, label: string) {
  return saved(() => renameItem(id, label));
}

/** Makes an item required or optional. */
export function changeRequired(id: string, required: boolean) {
  return saved(() => setItemRequired(id, required));
}

/** Adds an item typed by the artisan at the end of the DOE. */
export function addCustomItem(jobId: string, label: string, required: boolean) {
  return saved(() => addItem(jobId, label.trim(), required));
}

/** Moves an item to a new place (0-based). */
export function move(id: string, to: number) {
  return saved(() => moveItem(id, to));
}

/**
 * Removes an item and its photos, with an undo offered on the job's screen (where the item's
 * screen goes); once the undo is gone the space is freed.
 */
export async function removeWithUndo(item: DoeItemRecord, label: string): Promise<boolean> {
  const removed = await saved(() => removeItem(item.id));
  if (!removed?.deletedAt) return false;
  const at = removed.deletedAt;
  showToast({
    message: () => t('doe:item.removed', { label }),
    undo: () => restoreItem(item.id),
    expire: () => purgeDeleted(at),
    screen: `/doe/${item.jobId}`,
  });
  return true;
}

/** Makes final the removals left over from a closed app (older than the undo time). */
export function purgeLeftovers() {
  return saved(() => purgeDeleted(now() - UNDO_MS));
}

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
import { now } from '../../lib/clock';
import { td } from './strings';
import { attempt, showToast } from './toast';

// Actions on DOE items. Text is saved as typed at every keystroke; a removal can be undone.

/** Sets where an item stands. */
export function changeStatus(id: string, status: DoeItemStatus) {
  return attempt(() => setItemStatus(id, status));
}

/** Saves an item's note as typed. */
export function saveNote(id: string, note: string) {
  return attempt(() => setItemNote(id, note));
}

/** Saves the artisan's wording of an item as typed ('' brings the checklist label back). */
export function rename(id: string, label: string) {
  return attempt(() => renameItem(id, label));
}

/** Makes an item required or optional. */
export function changeRequired(id: string, required: boolean) {
  return attempt(() => setItemRequired(id, required));
}

/** Adds an item typed by the artisan at the end of the DOE. */
export function addCustomItem(jobId: string, label: string, required: boolean) {
  return attempt(() => addItem(jobId, label.trim(), required));
}

/** Moves an item to a new place (0-based). */
export function move(id: string, to: number) {
  return attempt(() => moveItem(id, to));
}

/** Removes an item and its photos, with an undo; once the undo is gone the space is freed. */
export async function removeWithUndo(item: DoeItemRecord, label: string): Promise<void> {
  const removed = await attempt(() => removeItem(item.id));
  if (!removed?.deletedAt) return;
  const at = removed.deletedAt;
  showToast({
    message: () => td('item.removed', { label }),
    undo: () => restoreItem(item.id),
    expire: () => purgeDeleted(at),
  });
}

/** Makes final the removals left over from a closed app (older than the undo time). */
export function purgeLeftovers() {
  return attempt(() => purgeDeleted(now() - UNDO_MS));
}

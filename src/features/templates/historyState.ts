import type { Accessor } from 'solid-js';
import {
  deleteDocument,
  duplicateDocument,
  listHistory,
  restoreDocument,
} from '../../db/documents';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import type { DocumentRecord } from '../../db/schema';
import { t } from '../../i18n';
import { runAction } from '../../ui/action';
import { reported, showToast } from '../../ui/Toast';

// The history of validated texts: what it reads, and the actions its screen calls. Writes go
// through src/db (tracked there); failures are reported in the toast.

/** A validated (or later) document (the type only: components never import src/db). */
export type { DocumentRecord };

/** Validated texts whose words contain every word of `search`, newest first, live. */
export function createHistory(search: Accessor<string>): LiveQuery<DocumentRecord[]> {
  return createLiveQuery(listHistory, search);
}

/** Deletes a validated text, with an undo that puts it back as it was. */
export async function removeDocument(doc: DocumentRecord): Promise<void> {
  const removed = reported(await runAction(() => deleteDocument(doc.id)));
  if (removed) {
    showToast({
      message: () => t('compose:history.deleted'),
      undo: () => restoreDocument(removed),
    });
  }
}

/** A new draft with the answers of `doc`; null when it could not be made (said in the toast). */
export async function duplicate(doc: DocumentRecord): Promise<DocumentRecord | null> {
  return reported(await runAction(() => duplicateDocument(doc.id)));
}

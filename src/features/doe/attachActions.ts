import { createSignal } from 'solid-js';
import {
  addAttachment,
  deleteAttachment,
  purgeDeleted,
  restoreAttachment,
  setCaption,
} from '../../db/attachments';
import { trackSave } from '../../db/pendingSaves';
import type { AttachmentRecord } from '../../db/schema';
import { requestPersistenceOnce } from '../../db/storage';
import { FILE_MAX_BYTES, PHOTO_MAX_BYTES } from '../../domain/limits';
import { t } from '../../i18n';
import { showToast } from '../../ui/Toast';
import {
  type AttachDeps,
  type AttachResult,
  type AttachTarget,
  attachFile,
  attachPhoto,
} from './attach';
import { formatSize } from './format';
import { resizeInWorker } from './photos/photoClient';
import { saved } from './saved';

// Photos and files picked on an item: handled one by one (one decoded image at a time), each
// stored as soon as it is ready, so a failure on the fifth keeps the first four.

const deps: AttachDeps = { resize: resizeInWorker, store: addAttachment };

/** Files being handled: how many are done out of how many, or null when idle. */
const [busy, setBusy] = createSignal<{ done: number; total: number } | null>(null);

export { busy };

/** The message for a file that was not attached, in the current language. */
export function problemMessage(result: Extract<AttachResult, { ok: false }>): string {
  const vars = { name: result.name, size: formatSize(result.size) };
  switch (result.problem) {
    case 'too-large':
      return t('doe:attach.problems.too-large', { ...vars, max: formatSize(PHOTO_MAX_BYTES) });
    case 'file-too-large':
      return t('doe:attach.problems.file-too-large', { ...vars, max: formatSize(FILE_MAX_BYTES) });
    default:
      return t(`doe:attach.problems.${result.problem}`, vars);
  }
}

async function handle(
  files: readonly File[],
  attach: typeof attachPhoto,
  target: AttachTarget,
): Promise<AttachResult[]> {
  const results: AttachResult[] = [];
  setBusy({ done: 0, total: files.length });
  try {
    for (const file of files) {
      const result = await trackSave(attach(file, target, deps)).catch(
        (error: unknown): AttachResult => {
          console.error('Attachment failed', error);
          return { ok: false, name: file.name, size: file.size, problem: 'failed' };
        },
      );
      results.push(result);
      setBusy({ done: results.length, total: files.length });
    }
  } finally {
    setBusy(null);
  }
  const added = results.filter((result) => result.ok).length;
  if (added > 0) {
    void requestPersistenceOnce().catch(() => undefined);
    showToast({ message: () => t('doe:attach.added', { count: added }) });
  }
  return results;
}

/** Resizes and stores photos on an item; returns what happened to each. */
export function addPhotos(target: AttachTarget, files: readonly File[]): Promise<AttachResult[]> {
  return handle(files, attachPhoto, target);
}

/** Stores files as they are on an item; returns what happened to each. */
export function addFiles(target: AttachTarget, files: readonly File[]): Promise<AttachResult[]> {
  return handle(files, attachFile, target);
}

/** Saves a caption as typed. */
export function saveCaption(id: string, caption: string) {
  return saved(() => setCaption(id, caption));
}

/** Deletes a photo or file with an undo; once the undo is gone its space is freed. */
export async function deleteWithUndo(record: AttachmentRecord): Promise<void> {
  const deletedAt = await saved(() => deleteAttachment(record.id));
  if (deletedAt === null || deletedAt === undefined) return;
  showToast({
    message: () => t(record.kind === 'photo' ? 'doe:photo.deleted' : 'doe:file.deleted'),
    undo: () => restoreAttachment(record.id),
    expire: () => purgeDeleted(deletedAt),
  });
}

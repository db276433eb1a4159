import type { NewAttachment } from '../../db/attachments';
import type { AttachmentRecord } from '../../db/schema';
import { FILE_MAX_BYTES, PHOTO_MAX_BYTES } from '../../domain/limits';
import type { PhotoOutcome, PhotoProblem } from './photos/resize';

// Attaching photos and files to a DOE item: the checks, the resizing and the write, with every
// failure turned into a problem the screen names. A failure concerns only the file at hand:
// what was stored before stays stored.

/** Why a photo or file was not attached. */
export type AttachProblem = PhotoProblem | 'too-large' | 'file-too-large' | 'quota';

/** What happened to one picked file. */
export type AttachResult =
  | { ok: true; name: string; record: AttachmentRecord }
  | { ok: false; name: string; size: number; problem: AttachProblem };

/** The DOE item a file goes to. */
export interface AttachTarget {
  jobId: string;
  itemId: string;
}

/** The seams of the pipeline: the photo resizer (a worker in the app) and the database write. */
export interface AttachDeps {
  resize(file: Blob): Promise<PhotoOutcome>;
  store(input: NewAttachment): Promise<AttachmentRecord>;
}

/** Whether a failed write was refused for want of space (IndexedDB's quota), wrapped or not. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    if (typeof current !== 'object') return false;
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true;
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return false;
}

/** The stored photo's name: the picked name with a .jpg extension (what it now is). */
export function photoName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '').trim();
  return `${base || 'photo'}.jpg`;
}

async function store(file: File, input: NewAttachment, deps: AttachDeps): Promise<AttachResult> {
  try {
    return { ok: true, name: file.name, record: await deps.store(input) };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    return { ok: false, name: file.name, size: file.size, problem: 'quota' };
  }
}

/** Checks, resizes and stores one photo. */
export async function attachPhoto(
  file: File,
  target: AttachTarget,
  deps: AttachDeps,
): Promise<AttachResult> {
  const refuse = (problem: AttachProblem): AttachResult => ({
    ok: false,
    name: file.name,
    size: file.size,
    problem,
  });
  if (file.size > PHOTO_MAX_BYTES) return refuse('too-large');
  const outcome = await deps.resize(file);
  if (!outcome.ok) return refuse(outcome.problem);
  return store(
    file,
    {
      ...target,
      kind: 'photo',
      name: photoName(file.name),
      type: outcome.photo.type,
      blob: outcome.photo,
      thumb: outcome.thumb,
      width: outcome.width,
      height: outcome.height,
    },
    deps,
  );
}

/** Stores a file (a PDF, a data sheet…) as it is, up to FILE_MAX_BYTES. */
export async function attachFile(
  file: File,
  target: AttachTarget,
  deps: AttachDeps,
): Promise<AttachResult> {
  if (file.size > FILE_MAX_BYTES) {
    return { ok: false, name: file.name, size: file.size, problem: 'file-too-large' };
  }
  const type = file.type || 'application/octet-stream';
  return store(file, { ...target, kind: 'file', name: file.name, type, blob: file }, deps);
}

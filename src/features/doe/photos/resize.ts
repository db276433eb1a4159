import { PHOTO_LONG_SIDE, THUMB_LONG_SIDE } from '../../../domain/limits';
import { fitWithin, type HeaderResult, orientedSize, readImageHeader } from './imageInfo';

// The photo pipeline, run inside the photo worker (photoWorker.ts): one photo at a time, decoded
// once straight at its final size with its EXIF orientation applied, encoded as JPEG (the PDF
// embeds it as it is), plus a small WebP thumbnail for grids. No library: the browser's decoder
// and encoder do the work.

/** Why a photo could not be made. */
export type PhotoProblem = 'not-image' | 'unsupported' | 'corrupt' | 'failed';

/** A resized photo ready to store, or why there is none. */
export type PhotoOutcome =
  | { ok: true; photo: Blob; thumb: Blob; width: number; height: number }
  | { ok: false; problem: PhotoProblem };

/** The stored photo's encoding: JPEG, which every PDF reader and browser shows. */
const PHOTO = { type: 'image/jpeg', quality: 0.8 } as const;
/** Thumbnails: WebP where the browser encodes it (smaller), JPEG elsewhere. */
const THUMB = { type: 'image/webp', quality: 0.7 } as const;
/** Enough bytes for the header of a camera JPEG, EXIF block included. */
const HEAD_BYTES = 256 * 1024;

/** Reads the header from the first bytes, or from the whole file when its metadata is large. */
async function header(file: Blob): Promise<HeaderResult> {
  const head = readImageHeader(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()));
  if (head.ok || head.problem !== 'corrupt' || file.size <= HEAD_BYTES) return head;
  return readImageHeader(new Uint8Array(await file.arrayBuffer()));
}

/** Draws `bitmap` on a canvas of its own size and encodes it. */
async function encode(bitmap: ImageBitmap, type: string, quality: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context in this worker');
  context.drawImage(bitmap, 0, 0);
  const blob = await canvas.convertToBlob({ type, quality });
  // A browser that cannot encode WebP hands back a PNG: take JPEG instead, far smaller.
  if (blob.type !== type) return canvas.convertToBlob(PHOTO);
  return blob;
}

/** Decodes `source` at `width`×`height` (oriented), never holding a full-size copy. */
function decodeAt(source: ImageBitmapSource, width: number, height: number) {
  return createImageBitmap(source, {
    imageOrientation: 'from-image',
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'high',
  });
}

/** Resizes a picked or shot photo to PHOTO_LONG_SIDE and makes its thumbnail. */
export async function resizePhoto(file: Blob): Promise<PhotoOutcome> {
  const head = await header(file);
  if (!head.ok) return { ok: false, problem: head.problem };
  const shown = orientedSize(head.info);
  const size = fitWithin(shown.width, shown.height, PHOTO_LONG_SIDE);
  let bitmap: ImageBitmap;
  try {
    bitmap = await decodeAt(file, size.width, size.height);
  } catch {
    // The header was sound but the image data is not.
    return { ok: false, problem: 'corrupt' };
  }
  try {
    const photo = await encode(bitmap, PHOTO.type, PHOTO.quality);
    const thumbSize = fitWithin(bitmap.width, bitmap.height, THUMB_LONG_SIDE);
    const small = await decodeAt(bitmap, thumbSize.width, thumbSize.height);
    const thumb = await encode(small, THUMB.type, THUMB.quality).finally(() => small.close());
    return { ok: true, photo, thumb, width: bitmap.width, height: bitmap.height };
  } catch (error) {
    console.error('Photo could not be encoded', error);
    return { ok: false, problem: 'failed' };
  } finally {
    bitmap.close();
  }
}

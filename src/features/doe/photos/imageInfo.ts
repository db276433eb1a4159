// Reads what a photo is from its first bytes, without decoding it: the format, the stored size
// and (JPEG) the EXIF orientation. The pipeline uses it to refuse what is not a photo before any
// decoding, and to ask the decoder for the final size directly (one decode, never full size).

/** Formats the browser decodes into a photo. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/** What the header says. `width`×`height` are as stored, before any EXIF rotation. */
export interface ImageInfo {
  format: ImageFormat;
  width: number;
  height: number;
  /** EXIF orientation, 1 (upright) to 8; 5–8 swap width and height when shown. */
  orientation: number;
}

/** Why a file is not a photo the app can take. */
export type ImageProblem =
  /** Not an image at all (a PDF, a text…). */
  | 'not-image'
  /** An image format browsers do not decode everywhere (HEIC, TIFF…). */
  | 'unsupported'
  /** Looks like a JPEG/PNG/WebP but its header is broken or cut short. */
  | 'corrupt';

/** The result of reading a header: the info, or why it cannot be used. */
export type HeaderResult = { ok: true; info: ImageInfo } | { ok: false; problem: ImageProblem };

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const fail = (problem: ImageProblem): HeaderResult => ({ ok: false, problem });

/** Reads the header of an image file from its first bytes (256 KB are plenty for a camera JPEG). */
export function readImageHeader(bytes: Uint8Array): HeaderResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return readJpeg(bytes, view);
  }
  if (bytes.length >= 8 && ascii(bytes, 1, 3) === 'PNG' && bytes[0] === 0x89) {
    if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return fail('corrupt');
    return sized('png', view.getUint32(16), view.getUint32(20));
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return readWebp(bytes, view);
  }
  if (bytes.length >= 10 && ascii(bytes, 0, 4) === 'GIF8') {
    return sized('gif', view.getUint16(6, true), view.getUint16(8, true));
  }
  const brand = bytes.length >= 12 ? ascii(bytes, 4, 8) : '';
  if (/^ftyp(heic|heix|hevc|heif|mif1|msf1|avif)$/.test(brand)) return fail('unsupported');
  if (bytes.length >= 4 && ['II*\0', 'MM\0*'].includes(ascii(bytes, 0, 4))) {
    return fail('unsupported');
  }
  return fail('not-image');
}

function sized(format: ImageFormat, width: number, height: number, orientation = 1): HeaderResult {
  if (width < 1 || height < 1) return fail('corrupt');
  return { ok: true, info: { format, width, height, orientation } };
}

/** Walks the JPEG segments up to the frame header (SOFn), picking the EXIF orientation on the way. */
function readJpeg(bytes: Uint8Array, view: DataView): HeaderResult {
  let offset = 2;
  let orientation = 1;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return fail('corrupt');
    const marker = bytes[offset + 1] ?? 0;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return fail('corrupt'); // image data before any frame
    const length = view.getUint16(offset + 2);
    if (length < 2) return fail('corrupt');
    const body = offset + 4;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (body + 5 > bytes.length) return fail('corrupt');
      return sized('jpeg', view.getUint16(body + 3), view.getUint16(body + 1), orientation);
    }
    if (marker === 0xe1 && ascii(bytes, body, 6) === 'Exif\0\0') {
      orientation = exifOrientation(view, body + 6, Math.min(bytes.length, offset + 2 + length));
    }
    offset += 2 + length;
  }
  return fail('corrupt');
}

/** The Orientation tag (0x0112) of IFD0 in a TIFF block at `start`, or 1. */
function exifOrientation(view: DataView, start: number, end: number): number {
  if (start + 8 > end) return 1;
  const order = view.getUint16(start);
  if (order !== 0x4949 && order !== 0x4d4d) return 1;
  const little = order === 0x4949;
  const ifd = start + view.getUint32(start + 4, little);
  if (ifd + 2 > end) return 1;
  const count = view.getUint16(ifd, little);
  for (let index = 0; index < count; index += 1) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** The canvas size of a WebP file (lossy VP8, lossless VP8L or extended VP8X). */
function readWebp(bytes: Uint8Array, view: DataView): HeaderResult {
  const chunk = ascii(bytes, 12, 4);
  if (bytes.length < (chunk === 'VP8L' ? 25 : 30)) return fail('corrupt');
  if (chunk === 'VP8 ') {
    return sized('webp', view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return sized('webp', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    const width = 1 + ((bytes[24] ?? 0) | ((bytes[25] ?? 0) << 8) | ((bytes[26] ?? 0) << 16));
    const height = 1 + ((bytes[27] ?? 0) | ((bytes[28] ?? 0) << 8) | ((bytes[29] ?? 0) << 16));
    return sized('webp', width, height);
  }
  return fail('corrupt');
}

/** The size a photo is shown at once its EXIF orientation is applied. */
export function orientedSize(info: ImageInfo): { width: number; height: number } {
  return info.orientation >= 5
    ? { width: info.height, height: info.width }
    : { width: info.width, height: info.height };
}

/** `width`×`height` scaled down (never up) so the longest side is at most `longest`. */
export function fitWithin(
  width: number,
  height: number,
  longest: number,
): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

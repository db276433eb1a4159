import type { Page } from '@playwright/test';

// Photo fixtures made on the spot: the browser's own JPEG encoder draws a recognisable picture
// (red top half, blue bottom half, as the eye sees it), then Node adds what cameras add (an EXIF
// orientation) or what goes wrong (broken image data, a huge file). Nothing binary is committed.

/** A JPEG file as `setInputFiles` takes it. */
export interface PhotoFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * A JPEG that shows `width`×`height` with its red half on top once its EXIF `orientation` is
 * applied: with orientation 6 the pixels are stored lying on their side, as a phone held
 * upright stores them.
 */
export async function makeJpeg(
  page: Page,
  options: {
    width: number;
    height: number;
    orientation?: 1 | 6;
    quality?: number;
    /** Shapes of many colours, as a site photo has (camera-like file sizes). */
    noise?: boolean;
    /** Random pixels: a photo that compresses badly (the largest file for its size). */
    grain?: boolean;
  },
): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height, orientation, quality, noise, grain }) => {
      const turned = orientation === 6;
      const canvas = new OffscreenCanvas(turned ? height : width, turned ? width : height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      if (turned) {
        // Stored = upright turned a quarter anticlockwise; orientation 6 turns it back.
        context.translate(0, width);
        context.rotate(-Math.PI / 2);
      }
      context.fillStyle = '#d00000';
      context.fillRect(0, 0, width, height / 2);
      context.fillStyle = '#0030d0';
      context.fillRect(0, height / 2, width, height / 2);
      if (noise) {
        // Grain and shapes like a site photo's, so the JPEG weighs what a camera's does.
        let seed = 7;
        for (let index = 0; index < 4000; index += 1) {
          seed = (seed * 16807) % 2147483647;
          context.fillStyle = `hsl(${seed % 360} 60% ${30 + (seed % 40)}%)`;
          context.fillRect(seed % width, (seed >> 8) % height, 6 + (seed % 60), 4 + (seed % 30));
        }
      }
      if (grain) {
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
        let seed = 11;
        for (let index = 0; index < pixels.data.length; index += 1) {
          seed = (seed * 16807) % 2147483647;
          if (index % 4 !== 3) pixels.data[index] = seed & 0xff;
        }
        context.putImageData(pixels, 0, 0);
      }
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let index = 0; index < bytes.length; index += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
      }
      return btoa(binary);
    },
    { orientation: 1, quality: 0.9, noise: false, grain: false, ...options },
  );
  const jpeg = Buffer.from(base64, 'base64');
  return options.orientation === 6 ? withOrientation(jpeg, 6) : jpeg;
}

/** A JPEG with an EXIF block holding only an Orientation tag, inserted after its SOI marker. */
export function withOrientation(jpeg: Buffer, orientation: number): Buffer {
  // Big-endian TIFF: header, IFD0 with one entry (0x0112, SHORT, 1, value), no next IFD.
  const tiff = Buffer.from([
    0x4d,
    0x4d,
    0,
    42,
    0,
    0,
    0,
    8,
    0,
    1,
    0x01,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    orientation,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = body.length + 2;
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, length >> 8, length & 0xff]), body]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** The same JPEG with its image data scrambled: the header reads, the picture does not decode. */
export function corrupted(jpeg: Buffer): Buffer {
  const broken = Buffer.from(jpeg);
  const scan = broken.indexOf(Buffer.from([0xff, 0xda]));
  for (let index = scan + 20; index < broken.length - 2; index += 1) {
    broken[index] = (index * 37) & 0xff;
  }
  return broken;
}

/** A valid JPEG padded with comment segments to `bytes` (a photo far too heavy to take). */
export function padded(jpeg: Buffer, bytes: number): Buffer {
  const chunk = 0xfffd;
  const segments: Buffer[] = [];
  let size = jpeg.length;
  while (size < bytes) {
    const body = Math.min(chunk, Math.max(1, bytes - size - 4));
    const segment = Buffer.alloc(body + 4);
    segment.writeUInt16BE(0xfffe, 0);
    segment.writeUInt16BE(body + 2, 2);
    segments.push(segment);
    size += segment.length;
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** A file as `setInputFiles` takes it. */
export function file(name: string, buffer: Buffer, mimeType = 'image/jpeg'): PhotoFile {
  return { name, mimeType, buffer };
}

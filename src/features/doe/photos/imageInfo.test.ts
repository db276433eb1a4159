import { describe, expect, it } from 'vitest';
import { fitWithin, orientedSize, readImageHeader } from './imageInfo';

const u16 = (value: number, little = false) =>
  little ? [value & 0xff, value >> 8] : [value >> 8, value & 0xff];
const u32 = (value: number, little = false) => {
  const big = [(value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
  return little ? big.reverse() : big;
};
const text = (value: string) => [...value].map((char) => char.charCodeAt(0));
const segment = (marker: number, body: number[]) => [
  0xff,
  marker,
  ...u16(body.length + 2),
  ...body,
];

/** A TIFF block holding only IFD0 with an Orientation tag. */
function exif(orientation: number, little: boolean): number[] {
  const tiff = [
    ...(little ? text('II') : text('MM')),
    ...u16(42, little),
    ...u32(8, little),
    ...u16(1, little),
    ...u16(0x0112, little),
    ...u16(3, little),
    ...u32(1, little),
    ...u16(orientation, little),
    0,
    0,
    ...u32(0, little),
  ];
  return segment(0xe1, [...text('Exif\0\0'), ...tiff]);
}

/** The head of a baseline JPEG: SOI, optional segments, a frame header of width×height. */
function jpeg(width: number, height: number, ...segments: number[][]): Uint8Array {
  const frame = segment(0xc0, [8, ...u16(height), ...u16(width), 3, 1, 0x22, 0, 2, 0x11, 1]);
  return Uint8Array.from([0xff, 0xd8, ...segments.flat(), ...frame, ...segment(0xda, [0])]);
}

describe('readImageHeader', () => {
  it('reads a JPEG size without EXIF as upright', () => {
    expect(readImageHeader(jpeg(4000, 3000, segment(0xe0, text('JFIF\0'))))).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 4000, height: 3000, orientation: 1 },
    });
  });

  it.each([
    [6, false],
    [8, true],
    [3, true],
  ])('reads EXIF orientation %i (little endian: %s)', (orientation, little) => {
    const result = readImageHeader(jpeg(4000, 3000, exif(orientation, little)));
    expect(result).toEqual({
      ok: true,
      info: { format: 'jpeg', width: 4000, height: 3000, orientation },
    });
  });

  it('skips large segments and a progressive frame header', () => {
    const big = segment(0xe2, new Array(60_000).fill(0));
    const progressive = Uint8Array.from([
      0xff,
      0xd8,
      ...big,
      ...segment(0xc2, [8, ...u16(480), ...u16(640), 1, 1, 0x11, 0]),
    ]);
    expect(readImageHeader(progressive)).toMatchObject({
      ok: true,
      info: { width: 640, height: 480 },
    });
  });

  it('reads PNG, WebP (lossy, lossless, extended) and GIF sizes', () => {
    const png = Uint8Array.from([
      0x89,
      ...text('PNG\r\n\x1a\n'),
      ...u32(13),
      ...text('IHDR'),
      ...u32(800),
      ...u32(600),
    ]);
    expect(readImageHeader(png)).toMatchObject({ ok: true, info: { format: 'png', width: 800 } });
    const riff = (chunk: string, body: number[]) =>
      Uint8Array.from([
        ...text('RIFF'),
        ...u32(100, true),
        ...text('WEBP'),
        ...text(chunk),
        ...body,
      ]);
    const vp8 = riff('VP8 ', [
      ...u32(50, true),
      0,
      0,
      0,
      0x9d,
      0x01,
      0x2a,
      ...u16(1600, true),
      ...u16(1200, true),
    ]);
    expect(readImageHeader(vp8)).toMatchObject({ ok: true, info: { width: 1600, height: 1200 } });
    const bits = (1600 - 1) | ((1200 - 1) << 14);
    const vp8l = riff('VP8L', [...u32(50, true), 0x2f, ...u32(bits, true), 0, 0, 0, 0]);
    expect(readImageHeader(vp8l)).toMatchObject({ ok: true, info: { width: 1600, height: 1200 } });
    const vp8x = riff('VP8X', [...u32(10, true), 0, 0, 0, 0, 0x3f, 0x06, 0, 0xaf, 0x04, 0]);
    expect(readImageHeader(vp8x)).toMatchObject({ ok: true, info: { width: 1600, height: 1200 } });
    const gif = Uint8Array.from([...text('GIF89a'), ...u16(320, true), ...u16(200, true)]);
    expect(readImageHeader(gif)).toMatchObject({ ok: true, info: { format: 'gif', height: 200 } });
  });

  it('says a PDF, a text or an empty file is not an image', () => {
    expect(readImageHeader(Uint8Array.from(text('%PDF-1.7\n%âãÏÓ')))).toEqual({
      ok: false,
      problem: 'not-image',
    });
    expect(readImageHeader(Uint8Array.from(text('Bonjour')))).toMatchObject({
      problem: 'not-image',
    });
    expect(readImageHeader(new Uint8Array(0))).toMatchObject({ problem: 'not-image' });
  });

  it('says HEIC and TIFF are not supported', () => {
    const heic = Uint8Array.from([...u32(24), ...text('ftypheic'), ...u32(0)]);
    expect(readImageHeader(heic)).toEqual({ ok: false, problem: 'unsupported' });
    expect(readImageHeader(Uint8Array.from(text('II*\0xxxx')))).toMatchObject({
      problem: 'unsupported',
    });
  });

  it('says a JPEG with a broken or cut header is corrupt', () => {
    const garbage = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x12, 0x34, 0x99, 1, 2, 3]);
    expect(readImageHeader(garbage)).toEqual({ ok: false, problem: 'corrupt' });
    const full = jpeg(4000, 3000, exif(6, false));
    expect(readImageHeader(full.subarray(0, 40))).toMatchObject({ problem: 'corrupt' });
    const scanFirst = Uint8Array.from([0xff, 0xd8, ...segment(0xda, [0, 0])]);
    expect(readImageHeader(scanFirst)).toMatchObject({ problem: 'corrupt' });
    expect(readImageHeader(jpeg(0, 3000))).toMatchObject({ problem: 'corrupt' });
  });
});

describe('sizes', () => {
  it('swap width and height for orientations 5 to 8', () => {
    const info = { format: 'jpeg' as const, width: 4000, height: 3000 };
    expect(orientedSize({ ...info, orientation: 1 })).toEqual({ width: 4000, height: 3000 });
    expect(orientedSize({ ...info, orientation: 3 })).toEqual({ width: 4000, height: 3000 });
    expect(orientedSize({ ...info, orientation: 6 })).toEqual({ width: 3000, height: 4000 });
    expect(orientedSize({ ...info, orientation: 8 })).toEqual({ width: 3000, height: 4000 });
  });

  it('scale the longest side down to the limit, never up', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(1000, 500, 1600)).toEqual({ width: 1000, height: 500 });
    expect(fitWithin(10000, 10, 320)).toEqual({ width: 320, height: 1 });
  });
});

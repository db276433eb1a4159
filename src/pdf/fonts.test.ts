import { describe, expect, it } from 'vitest';
import { fontBytes } from './fontBytes';
import bold from './fonts/DejaVuSans-Bold-subset.ttf?inline';
import regular from './fonts/DejaVuSans-subset.ttf?inline';

/** The code points a font maps to glyphs, read from its `cmap` table (formats 4 and 12). */
function mappedCodePoints(bytes: Uint8Array): Set<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at);
  const u32 = (at: number) => view.getUint32(at);
  let cmap = -1;
  for (let index = 0; index < u16(4); index += 1) {
    const record = 12 + index * 16;
    if (String.fromCharCode(...bytes.subarray(record, record + 4)) === 'cmap') {
      cmap = u32(record + 8);
    }
  }
  if (cmap < 0) throw new Error('no cmap table');
  const points = new Set<number>();
  for (let index = 0; index < u16(cmap + 2); index += 1) {
    const table = cmap + u32(cmap + 4 + index * 8 + 4);
    if (u16(table) === 4) {
      const segments = u16(table + 6) / 2;
      for (let segment = 0; segment < segments; segment += 1) {
        const end = u16(table + 14 + segment * 2);
        const start = u16(table + 16 + segments * 2 + segment * 2);
        for (let code = start; code <= end && code !== 0xffff; code += 1) points.add(code);
      }
    } else if (u16(table) === 12) {
      for (let group = 0; group < u32(table + 12); group += 1) {
        const start = u32(table + 16 + group * 12);
        const end = u32(table + 20 + group * 12);
        for (let code = start; code <= end; code += 1) points.add(code);
      }
    }
  }
  return points;
}

// What the app's French and English texts hold: accents, the ligatures œ and Œ, the no-break
// spaces of French typography (U+00A0, U+202F), typographic quotes and dashes, €, ellipsis.
const NEEDED = 'àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»‘’“”–—…·€°²\u00a0\u202f';

describe('PDF fonts', () => {
  it.each([
    ['regular', regular],
    ['bold', bold],
  ])('%s has a glyph for every character the app writes', (_face, font) => {
    const points = mappedCodePoints(fontBytes(font));
    expect([...NEEDED].filter((char) => !points.has(char.codePointAt(0) ?? 0))).toEqual([]);
    for (let code = 0x20; code < 0x7f; code += 1) expect(points.has(code)).toBe(true);
  });
});

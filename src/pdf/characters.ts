// The characters the embedded fonts keep (scripts/fonts.ts) and the PDF prints; anything else
// (emoji, other scripts) is left out of the PDF's text rather than printed as empty boxes.

const ranges: Array<[number, number]> = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0xff], // Latin-1: accents, « », °, ², ³, no-break space
  [0x152, 0x153], // Œ œ
  [0x178, 0x178], // Ÿ
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x2030], // ‰
  [0x202f, 0x202f], // narrow no-break space (French thousands and before ; ! ?)
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2192, 0x2192], // →
  [0x2212, 0x2212], // minus sign
  [0x2264, 0x2265], // ≤ ≥
];

/** Every character the PDF fonts hold, as one string. */
export const PDF_CHARACTERS: string = ranges
  .flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
  )
  .join('');

const allowed = new Set(PDF_CHARACTERS);

/**
 * The text as the PDF can print it: line breaks and tabs kept (tabs as spaces), characters the
 * fonts lack (emoji…) removed; the checker warns about them before export.
 */
export function printable(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (char === '\n') out += char;
    else if (char === '\t') out += ' ';
    else if (allowed.has(char)) out += char;
  }
  return out;
}

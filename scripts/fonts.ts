// `npm run fonts`: writes the DejaVu Sans subsets the PDFs embed (src/pdf/fonts/). DejaVu Sans
// has the narrow no-break space (U+202F) French typography needs, which the PDF standard fonts
// lack. The subset keeps Latin (French, English and their neighbours), punctuation, € and a few
// symbols, without hinting: ~15 KB a face once gzipped, instead of ~340 KB.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'node_modules/dejavu-fonts-ttf');
const TARGET = join(ROOT, 'src/pdf/fonts');

/** Every character of the inclusive code point ranges. */
function ranges(...pairs: Array<[number, number]>): string {
  let text = '';
  for (const [from, to] of pairs) {
    for (let code = from; code <= to; code += 1) text += String.fromCodePoint(code);
  }
  return text;
}

/** Basic Latin, Latin-1, Œ œ Ÿ, general punctuation (– — ’ “ ” … U+202F), €, №, ™, arrows, check marks. */
const CHARACTERS = ranges(
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x152, 0x153],
  [0x178, 0x178],
  [0x2010, 0x2027],
  [0x202f, 0x203a],
  [0x20ac, 0x20ac],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2713, 0x2717],
);

for (const face of ['DejaVuSans', 'DejaVuSans-Bold']) {
  const font = await readFile(join(SOURCE, 'ttf', `${face}.ttf`));
  // No hinting (PDF viewers scale outlines themselves) and kerning as the only layout feature.
  const subset = await subsetFont(font, CHARACTERS, {
    targetFormat: 'truetype',
    noHinting: true,
    keepFeatures: ['kern'],
  });
  await writeFile(join(TARGET, `${face}-subset.ttf`), subset);
  console.log(`${face}: ${font.length} → ${subset.length} bytes`);
}
await copyFile(join(SOURCE, 'LICENSE'), join(TARGET, 'LICENSE-DejaVu.txt'));

// `npm run fonts`: writes the DejaVu Sans subsets the PDF module embeds (src/pdf/fonts/).
// The subsets keep what French quotes and reports print: Latin letters with their accents and
// ligatures (é, œ, Œ), the typographic spaces Intl writes (U+00A0, U+202F), € and units (m², m³).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import subsetFont from 'subset-font';
import { PDF_CHARACTERS } from '../src/pdf/characters';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
const target = resolve(import.meta.dirname, '..', 'src', 'pdf', 'fonts');

for (const [file, out] of [
  ['DejaVuSans.ttf', 'DejaVuSans-subset.ttf'],
  ['DejaVuSans-Bold.ttf', 'DejaVuSans-Bold-subset.ttf'],
] as const) {
  const font = readFileSync(resolve(source, 'ttf', file));
  const subset = await subsetFont(font, PDF_CHARACTERS, {
    targetFormat: 'truetype',
    noHinting: true,
    // Kerning only: ligatures would print "ﬁ" where the text says "fi" and weigh more.
    keepFeatures: ['kern'],
  });
  writeFileSync(resolve(target, out), subset);
  console.log(`${out}: ${subset.length} bytes`);
}
copyFileSync(resolve(source, 'LICENSE'), resolve(target, 'LICENSE'));

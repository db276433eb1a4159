// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PDF_CHARACTERS, printable } from './characters';
import { drawTable, type TableRow } from './table';
import { mappedCharacters, pdfPages, testFonts } from './testing';
import { PdfWriter } from './writer';

function writer(): PdfWriter {
  return new PdfWriter({
    fonts: testFonts(),
    title: 'Essai',
    author: 'Établi',
    lang: 'fr-FR',
    runningHeader: (w) => w.write('En-tête courant', { style: { size: 8 } }),
    footer: (page, pages) => `Page ${page} sur ${pages}`,
  });
}

const columns = [
  { width: 315 },
  { width: 100, align: 'right' as const },
  { width: 100, align: 'right' as const },
];

describe('printable', () => {
  it('keeps French text, line breaks and Intl spaces, and leaves out what the fonts lack', () => {
    expect(printable('Cœur « é » 1\u202f234,50\u00a0€ m² ≤\nsuite\tfin')).toBe(
      'Cœur « é » 1\u202f234,50\u00a0€ m² ≤\nsuite fin',
    );
    expect(printable('Pose 🙂 OK 👍🏽')).toBe('Pose  OK ');
    expect(printable('Ｗ日本')).toBe('');
    expect(PDF_CHARACTERS).toContain('œ');
  });
});

describe('PdfWriter', () => {
  it('writes text a reader can extract, with é, œ, €, m² and narrow spaces', async () => {
    const w = writer();
    w.write('Rénovation du cœur de la maison : 1\u202f234,56\u00a0€ pour 42,5\u00a0m²', {
      style: { size: 12, bold: true },
    });
    const bytes = await w.finish();
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(1);
    // pdfjs-dist extracts U+202F and U+00A0 as spaces; the font's map holds the real characters.
    expect(pages[0]).toContain('Rénovation du cœur de la maison : 1 234,56 € pour 42,5 m²');
    expect(pages[0]).toContain('Page 1 sur 1');
    const mapped = await mappedCharacters(bytes);
    for (const char of ['é', 'œ', '€', '²', '\u202f', '\u00a0'])
      expect(mapped.has(char), char).toBe(true);
  });

  it('wraps long words and keeps line breaks', () => {
    const w = writer();
    expect(w.wrap('un\ndeux trois', 500)).toEqual(['un', 'deux trois']);
    const cut = w.wrap('x'.repeat(300), 100);
    expect(cut.length).toBeGreaterThan(3);
    expect(cut.join('')).toBe('x'.repeat(300));
    expect(cut.every((line) => w.measure(line) <= 100)).toBe(true);
  });
});

describe('drawTable', () => {
  const rows = (count: number): TableRow[] =>
    Array.from({ length: count }, (_, i) => ({
      cells: [`Ligne ${i + 1}\ndétail`, `${i + 1}`, `${(i + 1) * 10},00 €`],
    }));

  it('repeats the header on every page and numbers the pages', async () => {
    const w = writer();
    drawTable(w, { columns, header: ['Désignation', 'Qté', 'Total'], rows: rows(120) });
    const pages = await pdfPages(await w.finish());
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => {
      expect(page).toContain('Désignation');
      expect(page).toContain(`Page ${index + 1} sur ${pages.length}`);
    });
    expect(pages.join('\n')).toContain('Ligne 120');
  });

  it('never leaves what follows the last row alone on a page', { timeout: 60_000 }, async () => {
    // Around the first page break: every count from a half-empty page to two pages.
    for (let count = 14; count <= 34; count += 2) {
      const w = writer();
      drawTable(w, {
        columns,
        header: ['Désignation', 'Qté', 'Total'],
        rows: rows(count),
        keepWithLast: 120,
      });
      const before = w.y;
      w.ensure(120);
      // The totals fit below the last row without a new page.
      expect(w.y, `${count} rows`).toBe(before);
    }
  });

  it('splits a row taller than a page across pages, losing no line', async () => {
    const w = writer();
    const tall = Array.from({ length: 150 }, (_, i) => `ligne ${i + 1}`).join('\n');
    drawTable(w, {
      columns,
      header: ['Désignation', 'Qté', 'Total'],
      rows: [{ cells: [tall, '1', '5,00 €'] }],
    });
    const text = (await pdfPages(await w.finish())).join('\n');
    for (let i = 1; i <= 150; i += 1) expect(text).toContain(`ligne ${i}\n`);
  });
});

// Tables drawn row by row (pdfkit's own table is 3–4× slower on long quotes). Invariants: the
// header is repeated at the top of every page the table continues on; a row too tall for the
// space left moves to the next page, or is split by lines when taller than a whole page; the
// last row stays on the same page as the `keepWithLast` points that follow it (the totals).
import { PDF_COLORS, type PdfStyle, type PdfWriter } from './writer';

/** A column: its width in points and how its text is aligned. */
export interface TableColumn {
  width: number;
  align?: 'left' | 'right';
}

/** A row: one text per column (line breaks kept), or one text across the whole table. */
export interface TableRow {
  cells: readonly string[];
  style?: PdfStyle;
  /** The first cell spans every column (a section title). */
  span?: boolean;
  /** Background colour of the row. */
  fill?: string;
  /** Keep this row on the same page as the first line of the next one (a section title). */
  keepWithNext?: boolean;
}

/** What a table is made of. */
export interface TableSpec {
  columns: readonly TableColumn[];
  header: readonly string[];
  rows: readonly TableRow[];
  /** Height that must follow the last row on its page (the totals block). */
  keepWithLast?: number;
}

const PAD = 4;

/** Draws a table at the writer's cursor and leaves the cursor under it. */
export function drawTable(writer: PdfWriter, spec: TableSpec): void {
  // Left edge of each column.
  const xs: number[] = [writer.left];
  for (const column of spec.columns) xs.push((xs.at(-1) ?? writer.left) + column.width);
  const headerStyle: PdfStyle = { size: 8.5, bold: true };
  const drawHeader = () => {
    const lines = spec.header.map((text, index) =>
      writer.wrap(text, (spec.columns[index]?.width ?? 0) - 2 * PAD, headerStyle),
    );
    const height =
      Math.max(...lines.map((l) => l.length)) * writer.lineHeight(headerStyle) + 2 * PAD;
    writer.band(writer.left, writer.y, writer.contentWidth, height, PDF_COLORS.band);
    lines.forEach((cell, index) => {
      const column = spec.columns[index];
      if (column)
        writer.drawLines(
          cell,
          (xs[index] ?? 0) + PAD,
          writer.y + PAD,
          column.width - 2 * PAD,
          headerStyle,
          column.align,
        );
    });
    writer.y += height;
  };

  writer.repeatOnNewPages(drawHeader, () => {
    writer.ensure(60);
    drawHeader();
    spec.rows.forEach((row, index) => {
      const last = index === spec.rows.length - 1;
      const next = spec.rows[index + 1];
      const after = last
        ? (spec.keepWithLast ?? 0)
        : row.keepWithNext && next
          ? writer.lineHeight(next.style) + 2 * PAD
          : 0;
      drawRow(writer, spec, xs, row, after);
    });
  });
}

/** Draws one row, moving or splitting it across pages as the invariants above require. */
function drawRow(
  writer: PdfWriter,
  spec: TableSpec,
  xs: readonly number[],
  row: TableRow,
  after: number,
): void {
  const style = row.style ?? {};
  const lineHeight = writer.lineHeight(style);
  const cells = row.span
    ? [writer.wrap(row.cells[0] ?? '', writer.contentWidth - 2 * PAD, style)]
    : spec.columns.map((column, index) =>
        writer.wrap(row.cells[index] ?? '', column.width - 2 * PAD, style),
      );
  const total = Math.max(...cells.map((lines) => lines.length));
  let start = 0;
  let freshPage = false;
  while (start < total) {
    const rows = total - start;
    const height = rows * lineHeight + 2 * PAD;
    const fits = height + after <= writer.room();
    const fitsAlone = height <= writer.room();
    if (fits || (freshPage && fitsAlone)) {
      paint(writer, spec, xs, row, cells, start, total, height);
      return;
    }
    const roomLines = Math.floor((writer.room() - 2 * PAD) / lineHeight);
    // Split only what cannot fit on any page, or a tall row that would leave a page mostly empty.
    const pageLines = Math.floor((writer.bottom - writer.top - 60) / lineHeight);
    if (rows > pageLines && roomLines >= 3) {
      const shown = Math.min(roomLines, rows - 1);
      paint(writer, spec, xs, row, cells, start, start + shown, shown * lineHeight + 2 * PAD);
      start += shown;
    }
    writer.newPage();
    freshPage = true;
  }
}

/** Paints lines [from, to) of a row's cells at the cursor and moves it down by `height`. */
function paint(
  writer: PdfWriter,
  spec: TableSpec,
  xs: readonly number[],
  row: TableRow,
  cells: readonly string[][],
  from: number,
  to: number,
  height: number,
): void {
  const style = row.style ?? {};
  if (row.fill) writer.band(writer.left, writer.y, writer.contentWidth, height, row.fill);
  cells.forEach((lines, index) => {
    const column = spec.columns[index];
    const width = row.span ? writer.contentWidth : (column?.width ?? 0);
    writer.drawLines(
      lines.slice(from, to),
      (xs[index] ?? 0) + PAD,
      writer.y + PAD,
      width - 2 * PAD,
      style,
      row.span ? 'left' : column?.align,
    );
  });
  writer.y += height;
  writer.rule();
}

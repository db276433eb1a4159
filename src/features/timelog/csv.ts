// The time-saved CSV export, shaped for Excel as set up in France: a UTF-8 byte-order mark (or
// Excel reads the accents as Windows-1252), `;` between cells (`,` is the decimal mark there),
// CRLF line ends. Pure: the screen turns the string into a file.
import type { Rating, TimeEntry } from '../../db/schema';
import type { TimeCategory } from '../../domain/categories';

/** The words of the export, in the user's language. */
export interface CsvLabels {
  headers: {
    date: string;
    kind: string;
    minutes: string;
    hours: string;
    category: string;
    template: string;
    source: string;
    stars: string;
    note: string;
  };
  kind: { time: string; rating: string };
  category: (c: TimeCategory) => string;
  source: (s: string) => string;
  /** A template's name; the template id is written when omitted. */
  template?: (templateId: string) => string;
}

const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/** Two digits, zero-padded. */
const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time as "2026-11-22 14:05", which Excel reads as a date in any language. */
function dateTime(at: number): string {
  const d = new Date(at);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A text cell, safe to open: a leading `=`, `+`, `-`, `@`, tab or CR would make a spreadsheet
 * run it as a formula (CSV injection), so it gets a leading `'`; quotes are doubled and a cell
 * holding a separator, a quote or a line break is quoted.
 */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Hours with two decimals, with a comma or a point. */
function hours(minutes: number, decimalComma: boolean): string {
  const value = (minutes / 60).toFixed(2);
  return decimalComma ? value.replace('.', ',') : value;
}

/** One row, before escaping: numbers are written as they are, text goes through `text`. */
type Row = { at: number; order: number; cells: Array<string | number> };

/** A CSV that French Excel opens correctly: UTF-8 BOM, `;` separator, CRLF, decimal comma, local date-time "2026-11-22 14:05", quotes escaped; entries and ratings in one sheet, oldest first. */
export function toCsv(
  entries: readonly TimeEntry[],
  ratings: readonly Rating[],
  labels: CsvLabels,
  decimalComma: boolean,
): string {
  const template = labels.template ?? ((id: string) => id);
  const rows: Row[] = [];
  for (const entry of entries) {
    rows.push({
      at: entry.occurredAt,
      order: 0,
      cells: [
        dateTime(entry.occurredAt),
        labels.kind.time,
        entry.minutes,
        hours(entry.minutes, decimalComma),
        labels.category(entry.category),
        entry.templateId ? template(entry.templateId) : '',
        labels.source(entry.source),
        '',
        entry.note ?? '',
      ],
    });
  }
  for (const rating of ratings) {
    rows.push({
      at: rating.occurredAt,
      order: 1,
      cells: [
        dateTime(rating.occurredAt),
        labels.kind.rating,
        '',
        '',
        '',
        '',
        labels.source(rating.source),
        rating.stars,
        '',
      ],
    });
  }
  // Oldest first; at the same minute, time entries before ratings (the sort is stable).
  rows.sort((a, b) => a.at - b.at || a.order - b.order);
  const h = labels.headers;
  const header = [h.date, h.kind, h.minutes, h.hours, h.category, h.template, h.source];
  const lines = [[...header, h.stars, h.note].map(text).join(SEPARATOR)];
  for (const row of rows) {
    lines.push(
      row.cells
        .map((cell) => (typeof cell === 'number' ? String(cell) : text(cell)))
        .join(SEPARATOR),
    );
  }
  return BOM + lines.join(EOL) + EOL;
}

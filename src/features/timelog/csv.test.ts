import { describe, expect, it } from 'vitest';
import type { Rating, TimeEntry } from '../../db/schema';
import { type CsvLabels, toCsv } from './csv';

// Instants carry their Europe/Paris offset; the suite runs with TZ=Europe/Paris.
const at = (iso: string) => Date.parse(iso);

const labels: CsvLabels = {
  headers: {
    date: 'Date',
    kind: 'Type',
    minutes: 'Minutes',
    hours: 'Heures',
    category: 'Catégorie',
    template: 'Modèle',
    source: 'Origine',
    stars: 'Étoiles',
    note: 'Note',
  },
  kind: { time: 'Temps gagné', rating: 'Avis client' },
  category: (c) => (c === 'quotes' ? 'Devis' : c),
  source: (s) =>
    ({ auto: 'Automatique', manual: 'Manuel', review: 'Avis', job: 'Chantier' })[s] ?? s,
};
const HEADER = 'Date;Type;Minutes;Heures;Catégorie;Modèle;Origine;Étoiles;Note';

const entry = (note?: string, minutes = 15): TimeEntry => ({
  id: 'e1',
  occurredAt: at('2026-11-22T14:05:30+01:00'),
  minutes,
  category: 'quotes',
  source: 'auto',
  templateId: 'quote-kitchen',
  ...(note === undefined ? {} : { note }),
});
const rating: Rating = {
  id: 'r1',
  occurredAt: at('2026-07-01T08:00:00+02:00'),
  stars: 4,
  source: 'review',
};

/** Cells of an RFC 4180 CSV with `;` (what Excel does when it opens the file). */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const c = csv[i];
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && csv[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and the header line, and ends lines with CRLF', () => {
    const csv = toCsv([], [], labels, true);
    expect(csv).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it('writes a time entry with the local date-time, `;` and a decimal comma', () => {
    const csv = toCsv([entry('Cuisine')], [], labels, true);
    expect(csv.split('\r\n')[1]).toBe(
      '2026-11-22 14:05;Temps gagné;15;0,25;Devis;quote-kitchen;Automatique;;Cuisine',
    );
    expect(toCsv([entry(undefined, 90)], [], labels, false).split('\r\n')[1]).toContain(
      ';90;1.50;',
    );
  });

  it('puts entries and ratings in one sheet, oldest first', () => {
    const rows = parse(toCsv([entry()], [rating], labels, true).slice(1));
    expect(rows).toEqual([
      HEADER.split(';'),
      ['2026-07-01 08:00', 'Avis client', '', '', '', '', 'Avis', '4', ''],
      [
        '2026-11-22 14:05',
        'Temps gagné',
        '15',
        '0,25',
        'Devis',
        'quote-kitchen',
        'Automatique',
        '',
        '',
      ],
    ]);
  });

  it('quotes notes holding quotes, separators and line breaks, and reads them back whole', () => {
    const note = 'Mme "Martin"; 2e étage\r\nporte gauche\nsonner';
    const csv = toCsv([entry(note)], [], labels, true);
    expect(csv).toContain('"Mme ""Martin""; 2e étage\r\nporte gauche\nsonner"\r\n');
    const rows = parse(csv.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[8]).toBe(note);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const note of ['=HYPERLINK("http://x")', '+33 6 12', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const cells = parse(toCsv([entry(note)], [], labels, true).slice(1))[1];
      expect(cells?.[8]).toBe(`'${note}`);
    }
    expect(parse(toCsv([entry('a=b')], [], labels, true).slice(1))[1]?.[8]).toBe('a=b');
    const evil = { ...labels, category: () => '=cmd' };
    expect(parse(toCsv([entry()], [], evil, true).slice(1))[1]?.[4]).toBe("'=cmd");
  });
});

// @vitest-environment node
// Node's Blob (the photos) and pdfjs-dist's Node build, which reads the PDF back.
import i18next from 'i18next';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import fr from '../../../../locales/fr/doe.json';
import { emptyProfile } from '../../../db/profile';
import type { AttachmentRecord, DoeItemRecord, JobRecord } from '../../../db/schema';
import * as pdf from '../../../pdf';
import { mappedCharacters, pdfPages, testFonts } from '../../../pdf/testing';
import { itemSeeds } from '../jobRules';
import { renderReport } from './render';
import { buildReport, companyLines, pdfFileName, type ReportWords } from './report';

const fonts = testFonts();
let words: ReportWords;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'fr',
    resources: { fr: { doe: fr } },
    defaultNS: 'doe',
    interpolation: { escapeValue: false },
  });
  words = {
    t: (key, vars) => i18n.t(key, vars) as string,
    day: (day) => day,
    dates: (start, end) => (start && end ? `du ${start} au ${end}` : ''),
    date: () => '22 novembre 2026',
    size: (bytes) => `${bytes} o`,
  };
});

/** The head of a JPEG of `width`×`height`: all pdfkit reads before embedding the bytes as they are. */
function jpeg(width: number, height: number): Blob {
  const sof = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  const rest = [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Blob([Uint8Array.from([0xff, 0xd8, ...sof, ...rest, 0xff, 0xd9])], {
    type: 'image/jpeg',
  });
}

const job: JobRecord = {
  id: 'job',
  name: 'Rénovation cuisine Roux',
  customer: { name: 'Mme Roux', address: '3 rue des Lilas, 74000 Annecy' },
  siteAddress: '',
  lot: 'Lot 05 – Électricité',
  checklists: ['electrical', 'common'],
  startDate: '2026-11-02',
  endDate: '2026-11-20',
  status: 'in-progress',
  createdAt: 0,
  updatedAt: 0,
};

function items(): DoeItemRecord[] {
  const seeds = itemSeeds(['electrical', 'common']);
  return seeds.map((seed, order) => ({
    id: `item-${order}`,
    jobId: 'job',
    order,
    ...seed,
    status: order < 5 ? 'received' : order === 5 ? 'not-applicable' : 'missing',
    note: order === 0 ? 'Remis le 20 novembre\u202f; 1\u202f234,56\u00a0€ de fournitures' : '',
    createdAt: 0,
    updatedAt: 0,
  }));
}

function photo(itemId: string, index: number, caption = ''): AttachmentRecord {
  const blob = jpeg(1600, index % 2 ? 1200 : 2133);
  return {
    id: `photo-${itemId}-${index}`,
    jobId: 'job',
    itemId,
    kind: 'photo',
    name: `p${index}.jpg`,
    type: 'image/jpeg',
    size: blob.size,
    blob,
    width: 1600,
    height: index % 2 ? 1200 : 2133,
    caption,
    createdAt: index,
  };
}

async function readBack(bytes: Uint8Array) {
  const pages = await pdfPages(bytes);
  const document = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const attachments = Object.keys((await document.getAttachments()) ?? {});
  await document.destroy();
  return { pages, text: pages.join('\n'), attachments };
}

// Rendering then reading back with pdfjs takes a few seconds on a loaded machine.
describe('the handover PDF', { timeout: 30_000 }, () => {
  it('names every item with its status, numbers its pages and holds the photos and files', async () => {
    const list = items();
    const hidden = list.find((item) => item.checklistItemId === 'hidden-work-photos')!;
    const consuel = list.find((item) => item.checklistItemId === 'consuel')!;
    const pdfFile = new Blob(['%PDF-1.4 attestation'], { type: 'application/pdf' });
    const attachments = new Map<string, AttachmentRecord[]>([
      [
        hidden.id,
        Array.from({ length: 5 }, (_, index) =>
          photo(hidden.id, index, index === 0 ? 'Gaines avant placo' : ''),
        ),
      ],
      [
        consuel.id,
        [
          {
            ...photo(consuel.id, 9),
            id: 'file',
            kind: 'file',
            name: 'Consuel.pdf',
            type: 'application/pdf',
            blob: pdfFile,
            size: pdfFile.size,
          },
        ],
      ],
    ]);
    const profile = {
      ...emptyProfile(),
      name: 'Élec Savoie',
      legalForm: 'ei' as const,
      trade: 'electrician' as const,
      insurerName: 'MAAF Pro',
    };
    const report = buildReport({
      profile,
      job,
      items: list,
      attachments,
      at: Date.UTC(2026, 10, 22),
      words,
    });
    const rendered = await renderReport(
      report,
      words,
      { lang: 'fr-FR', author: 'Élec Savoie', fonts },
      pdf,
    );
    expect(rendered.unreadable).toEqual([]);
    const read = await readBack(rendered.bytes);
    expect(read.pages).toHaveLength(rendered.pages);
    expect(rendered.pages).toBeGreaterThanOrEqual(3);

    // Cover: company (EI), customer, site, lot, dates, what is missing.
    expect(read.pages[0]).toContain('Élec Savoie EI');
    expect(read.pages[0]).toContain('Assurance décennale');
    expect(read.pages[0]).toContain('Dossier des ouvrages exécutés');
    expect(read.pages[0]).toContain('Mme Roux');
    expect(read.pages[0]).toContain('Lot 05 – Électricité');
    expect(read.pages[0]).toContain('du 2026-11-02 au 2026-11-20');
    expect(read.text).toContain('Documents obligatoires manquants');
    // Every item, by its French name; notes as written.
    for (const item of list) {
      const label = (fr.items as Record<string, { label: string }>)[item.checklistItemId ?? '']!
        .label;
      expect(read.text.replace(/\s+/g, ' '), label).toContain(label.replace(/\s+/g, ' '));
    }
    // pdfjs reads no-break spaces back as spaces; the fonts' Unicode maps hold them.
    expect(read.text.replace(/\s+/g, ' ')).toContain('novembre ; 1 234,56 € de fournitures');
    const mapped = await mappedCharacters(rendered.bytes);
    expect(mapped.has('\u202f') && mapped.has('\u00a0')).toBe(true);
    expect(read.text).toContain('Gaines avant placo');
    expect(read.text).toContain('Photo 2');
    read.pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} sur ${read.pages.length}`);
    });
    expect(read.attachments).toEqual([
      `${String(list.indexOf(consuel) + 1).padStart(2, '0')} - Consuel.pdf`,
    ]);
  });

  it('says which photo could not be read instead of failing', async () => {
    const list = items().slice(0, 2);
    const broken = { ...photo(list[0]!.id, 0), blob: new Blob([]) };
    const report = buildReport({
      profile: emptyProfile(),
      job,
      items: list,
      attachments: new Map([[list[0]!.id, [broken]]]),
      at: 0,
      words,
    });
    const rendered = await renderReport(report, words, { lang: 'fr-FR', author: '', fonts }, pdf);
    expect(rendered.unreadable.map((entry) => entry.id)).toEqual([broken.id]);
    expect((await readBack(rendered.bytes)).text).toContain('Photo illisible sur ce téléphone');
  });
});

describe('report', () => {
  it('writes the company block from the profile', () => {
    const t = (key: string, vars?: Record<string, unknown>) => `${key}:${JSON.stringify(vars)}`;
    const profile = {
      ...emptyProfile(),
      name: 'Peinture Léa',
      legalForm: 'sarl' as const,
      street: '2 place du Marché',
      postalCode: '74000',
      city: 'Annecy',
      siret: '73282932000074',
      phone: '04 50 00 00 00',
      trade: 'baker' as const,
      insurerName: 'Ignored for a baker',
    };
    expect(companyLines(profile, t)).toEqual([
      'Peinture Léa',
      '2 place du Marché',
      '74000 Annecy',
      'doe:pdf.siret:{"siret":"73282932000074"}',
      '04 50 00 00 00',
    ]);
    expect(companyLines(emptyProfile(), t)).toEqual([]);
  });

  it('names the file after the job and the day, safely', () => {
    expect(pdfFileName('Cuisine / Roux: "lot 5"', '2026-11-22')).toBe(
      'DOE - Cuisine Roux lot 5 - 2026-11-22.pdf',
    );
    expect(pdfFileName('  ', '2026-11-22')).toBe('DOE - chantier - 2026-11-22.pdf');
  });

  it('counts statuses and lists only required documents still missing', () => {
    const list = items();
    const report = buildReport({
      profile: emptyProfile(),
      job,
      items: list,
      attachments: new Map(),
      at: 0,
      words,
    });
    expect(report.items).toHaveLength(list.length);
    expect(report.summary[0]).toBe(
      `Documents : ${list.length} — reçus : 5, non applicables : 1, à fournir : ${list.length - 6}.`.replace(
        / :/g,
        '\u00a0:',
      ),
    );
    const missing = list.filter((item) => item.required && item.status === 'missing');
    expect(report.missing).toHaveLength(missing.length);
    expect(report.missing[0]).toMatch(/^\d+\. /);
  });
});

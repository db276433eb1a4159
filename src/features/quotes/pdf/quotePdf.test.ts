// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { QuoteLine } from '../../../db/schema';
import { mappedCharacters, pdfPages, testFonts } from '../../../pdf/testing';
import { buildingSarl, completeContent, line, microEntrepreneur } from '../rules/testing';
import { testLookup } from '../testing';
import { buildQuotePdf, type QuotePdfInput } from './quotePdf';

const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
const fonts = testFonts();
const issuedAt = Date.parse('2026-03-02T10:00:00+01:00');

function input(overrides: Partial<QuotePdfInput> = {}): QuotePdfInput {
  return {
    lang: 'fr',
    lookup: testLookup('fr'),
    fonts,
    profile: buildingSarl(),
    customer: {
      name: 'Élise Roux',
      address: '3 place du Marché\n74000 Annecy',
      siteAddress: 'Chalet des Aravis\n74220 La Clusaz',
      phone: '06 11 22 33 44',
      email: '',
    },
    content: completeContent(
      [
        {
          ...line('a', '42,5', '23', 1000),
          unit: 'm2',
          designation: 'Peinture des murs, 2 couches\nImpression comprise',
        },
        { ...line('b', '1', '1250', 1000), designation: 'Pose du cœur de cuisine', discount: '10' },
        { ...line('c', '1', '35', 2000), designation: 'Pot de retouche remis au client' },
      ],
      {
        title: 'Rénovation du séjour',
        travel: '30',
        travelVatRate: 1000,
        deposit: { kind: 'percent', value: '30' },
      },
    ),
    number: 'D-2026-0007',
    issuedAt,
    family: 'building',
    ...overrides,
  };
}

describe('buildQuotePdf', { timeout: 60_000 }, () => {
  it('prints the number, lines, totals per VAT rate and every required mention, as extractable text', async () => {
    const bytes = await buildQuotePdf(input({ logo: { type: 'image/png', bytes: PNG } }));
    const text = (await pdfPages(bytes)).join('\n');
    for (const expected of [
      'Devis',
      'N° D-2026-0007',
      'Établi le 2 mars 2026',
      'Martin Rénovation',
      'SARL au capital de 5 000,00 €',
      'SIRET 732 829 320 00074',
      'RCS Annecy 732 829 320',
      'TVA intracommunautaire FR44732829320',
      'Élise Roux',
      'Adresse du chantier',
      'Chalet des Aravis',
      'Objet : Rénovation du séjour',
      'Peinture des murs, 2 couches',
      'Impression comprise',
      '42,5',
      'm²',
      '977,50 €',
      'Remise de 10 % incluse',
      '1 125,00 €',
      'Frais de déplacement',
      'Total HT',
      'TVA 20 % sur 35,00 €',
      '7,00 €',
      'TVA 10 % sur 2 132,50 €',
      '213,25 €',
      'Total TTC',
      '2 387,75 €',
      'Acompte',
      '716,33 €',
      'Solde',
      '1 671,42 €',
      "Devis valable 30 jours, jusqu'au 1 avril 2026 inclus.",
      'Devis gratuit.',
      'Assurance décennale : MAAF Assurances',
      'médiateur de la consommation : CM2C, cm2c.net',
      'Attestation du client',
      'Élise Roux certifie que les travaux',
      '14 jours',
      "Devis reçu avant l'exécution des travaux.",
      'Bon pour accord',
      'Formulaire de rétractation',
      'D-2026-0007',
      'Page 1 sur',
    ]) {
      expect(text.replace(/\s+/g, ' '), expected).toContain(expected);
    }
    const mapped = await mappedCharacters(bytes);
    for (const char of ['é', 'œ', '€', '²', '\u202f']) expect(mapped.has(char), char).toBe(true);
  });

  it('says "TVA non applicable" for a micro-entrepreneur and shows the signature with its fingerprint', async () => {
    const bytes = await buildQuotePdf(
      input({
        profile: microEntrepreneur(),
        signature: {
          image: { type: 'image/png', bytes: PNG },
          signerName: 'Élise Roux',
          signedAt: issuedAt + 3_600_000,
        },
        hash: 'ab'.repeat(32),
      }),
    );
    const text = (await pdfPages(bytes)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Léa Martin EI');
    expect(text).toContain('TVA non applicable, art. 293 B du CGI.');
    expect(text).not.toContain('TVA 10 %');
    expect(text).toContain('Signé par Élise Roux le 2 mars 2026');
    expect(text).toContain(`(SHA-256) : ${'ab'.repeat(32)}`);
    expect(text).not.toContain('Attestation du client');
  });

  it('lays out 200 lines over several pages: header on each, totals never alone, nothing lost', {
    timeout: 60_000,
  }, async () => {
    const lines: QuoteLine[] = Array.from({ length: 200 }, (_, i) => ({
      ...line(`l${i}`, '1,5', '12,40', i % 2 ? 1000 : 2000),
      designation: `Ouvrage n° ${i + 1}\nDétail de l'ouvrage ${i + 1}`,
    }));
    const pages = await pdfPages(await buildQuotePdf(input({ content: completeContent(lines) })));
    expect(pages.length).toBeGreaterThan(5);
    const tablePages = pages.filter((page) => page.includes('Ouvrage n°'));
    for (const page of tablePages) expect(page).toContain('Désignation');
    const all = pages.join('\n');
    for (let i = 1; i <= 200; i += 1) expect(all).toContain(`Ouvrage n° ${i}\n`);
    const totalsPage = pages.findIndex((page) => page.includes('Total TTC'));
    expect(pages[totalsPage]).toContain('Ouvrage n° 200');
    for (const [index, page] of pages.entries()) {
      expect(page).toContain(`Page ${index + 1} sur ${pages.length}`);
    }
  });

  it('prints a 20,000-character designation and emoji without failing', {
    timeout: 60_000,
  }, async () => {
    const long = `${'mur '.repeat(5000)}fin`;
    const content = completeContent([
      { ...line('a', '1', '10', 2000), designation: `Pose 🙂 soignée\n${long}` },
    ]);
    const pages = await pdfPages(await buildQuotePdf(input({ content })));
    const all = pages.join(' ');
    expect(all).toContain('Pose soignée');
    expect(all).toContain('fin');
    expect(all).toContain('Total TTC');
  });
});

describe('buildQuotePdf on the longest quote', { timeout: 120_000 }, () => {
  it('makes the PDF of a 500-line quote', async () => {
    const lines: QuoteLine[] = Array.from({ length: 500 }, (_, i) => ({
      ...line(`l${i}`, '2', '9,90', 2000),
      designation: `Élément ${i + 1} 🙂\nsur deux lignes`,
    }));
    const bytes = await buildQuotePdf(input({ content: completeContent(lines) }));
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(15);
  });
});

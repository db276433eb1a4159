import { PDF_COLORS, type PdfWriter } from '../../../pdf';
import type { Mention } from '../rules/mentions';
import type { QuoteTotals } from '../rules/totals';
import { mentionText, type QuoteLookup, type quoteFormatter } from '../words';
import type { QuotePdfInput } from './quotePdf';

type Format = ReturnType<typeof quoteFormatter>;
const TOTALS_WIDTH = 250;
const ROW = 15;

/** Rows of the totals block: label, amount, and whether it stands out. */
function totalRows(
  lookup: QuoteLookup,
  totals: QuoteTotals,
  format: Format,
  withVat: boolean,
): Array<[string, string, boolean]> {
  const rows: Array<[string, string, boolean]> = [];
  if (totals.discount < 0) {
    rows.push([lookup('pdf.subtotal'), format.money(totals.subtotal), false]);
    rows.push([lookup('pdf.discount'), format.money(totals.discount), false]);
  }
  rows.push([lookup('pdf.totalHT'), format.money(totals.totalHT), !withVat]);
  if (withVat) {
    for (const rate of totals.rates) {
      rows.push([
        lookup('pdf.vatLine', { rate: format.rate(rate.rate), base: format.money(rate.base) }),
        format.money(rate.vat),
        false,
      ]);
    }
    if (totals.rates.length > 1)
      rows.push([lookup('pdf.totalVAT'), format.money(totals.totalVAT), false]);
    rows.push([lookup('pdf.totalTTC'), format.money(totals.totalTTC), true]);
  }
  if (totals.deposit > 0) {
    rows.push([lookup('pdf.deposit'), format.money(totals.deposit), false]);
    rows.push([lookup('pdf.balance'), format.money(totals.balance), false]);
  }
  return rows;
}

/** Height of the totals block (the table keeps its last row with it). */
export function totalsHeight(_writer: PdfWriter, totals: QuoteTotals): number {
  return (
    (4 + totals.rates.length + (totals.discount < 0 ? 2 : 0) + (totals.deposit > 0 ? 2 : 0)) * ROW
  );
}

/** The totals, right-aligned under the table: HT, VAT per rate, TTC, deposit and balance. */
export function drawTotals(
  writer: PdfWriter,
  lookup: QuoteLookup,
  totals: QuoteTotals,
  format: Format,
  withVat: boolean,
): void {
  const x = writer.right - TOTALS_WIDTH;
  writer.ensure(totalsHeight(writer, totals));
  for (const [label, amount, strong] of totalRows(lookup, totals, format, withVat)) {
    const style = { size: strong ? 10.5 : 9, bold: strong };
    if (strong) writer.band(x, writer.y - 2, TOTALS_WIDTH, ROW, PDF_COLORS.band);
    writer.drawLines([label], x + 4, writer.y, 150, style);
    writer.drawLines([amount], x + 150, writer.y, TOTALS_WIDTH - 154, style, 'right');
    writer.y += ROW;
  }
}

/** The customer's part: certification, withdrawal right, "Bon pour accord" and the signature. */
export function drawSignature(
  writer: PdfWriter,
  lookup: QuoteLookup,
  mentions: Mention[],
  input: QuotePdfInput,
  format: Format,
): void {
  const texts = mentions.filter((m) => m.id !== 'agreement').map((m) => mentionText(lookup, m));
  const textHeight = texts.reduce(
    (sum, text) =>
      sum +
      writer.wrap(text, writer.contentWidth, { size: 8.5 }).length *
        writer.lineHeight({ size: 8.5 }) +
      4,
    0,
  );
  const certification = mentions.some((m) => m.id === 'certification');
  // The whole block stays on one page: terms first, then where to sign.
  writer.ensure(textHeight + 130 + (certification ? 20 : 0));
  for (const mention of mentions) {
    if (mention.id === 'agreement') continue;
    writer.write(mentionText(lookup, mention), {
      style: { size: 8.5, bold: mention.id === 'certification' },
      gapAfter: 4,
    });
  }
  writer.y += 6;
  const boxWidth = writer.contentWidth / 2 - 10;
  const x = writer.right - boxWidth;
  const top = writer.y;
  writer.drawLines([mentionText(lookup, { id: 'agreement', values: {} })], x, top, boxWidth, {
    bold: true,
    size: 10,
  });
  writer.drawLines(
    writer.wrap(lookup('pdf.signatureBox'), boxWidth, { size: 8 }),
    x,
    top + 14,
    boxWidth,
    { size: 8, color: '#555555' },
  );
  writer.frame(x, top + 36, boxWidth, 80);
  if (input.signature) {
    writer.image(input.signature.image.bytes, x + 6, top + 40, [boxWidth - 12, 60]);
    const signed = lookup('pdf.signedBy', {
      name: input.signature.signerName,
      date: format.date(input.signature.signedAt),
    });
    writer.drawLines([signed], x + 6, top + 102, boxWidth - 12, { size: 8 });
  }
  if (certification)
    writer.drawLines(
      writer.wrap(lookup('pdf.certificationSignature'), boxWidth, { size: 8 }),
      writer.left,
      top + 14,
      boxWidth,
      { size: 8, color: '#555555' },
    );
  if (certification) writer.frame(writer.left, top + 36, boxWidth, 80);
  if (certification && input.signature)
    writer.image(input.signature.image.bytes, writer.left + 6, top + 40, [boxWidth - 12, 60]);
  writer.y = top + 124;
  if (input.hash)
    writer.write(lookup('pdf.hash', { hash: input.hash }), {
      style: { size: 7, color: '#555555' },
    });
}

/** The withdrawal form, below a cut line, for a quote signed at the customer's. */
export function drawWithdrawalForm(writer: PdfWriter, lookup: QuoteLookup, form: Mention[]): void {
  if (form.length === 0) return;
  writer.y += 12;
  writer.ensure(150);
  writer.rule(writer.y, '#888888');
  writer.y += 8;
  for (const [index, mention] of form.entries()) {
    writer.write(mentionText(lookup, mention), {
      style: index === 0 ? { bold: true, size: 10 } : { size: 9 },
      gapAfter: index === 0 ? 6 : 8,
    });
  }
}

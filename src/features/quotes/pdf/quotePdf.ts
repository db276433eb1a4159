// The quote as a PDF, made on the phone (loaded with the PDF chunk, never on the first screen).
// Order on the page follows what the customer must read before signing: who, for whom, the
// lines, the totals (never alone on a page), the terms and mentions, then the signature.
import type { CompanyProfile } from '../../../db/profile';
import type { QuoteContent, QuoteSignature, StoredImage } from '../../../db/schema';
import type { Language } from '../../../domain/languages';
import type { TradeFamily } from '../../../domain/trades';
import { intlLocale } from '../../../i18n/format';
import { drawTable, type PdfFonts, PdfWriter, type TableRow } from '../../../pdf';
import {
  companyLines,
  partyMentions,
  type QuoteContext,
  signatureMentions,
  termMentions,
  vatApplies,
  withdrawalForm,
} from '../rules/mentions';
import { quoteTotals } from '../rules/totals';
import { mentionText, type QuoteLookup, quoteFormatter } from '../words';
import { drawSignature, drawTotals, drawWithdrawalForm, totalsHeight } from './blocks';
import { lineRows } from './rows';

/** Everything a quote's PDF is made from. */
export interface QuotePdfInput {
  lang: Language;
  lookup: QuoteLookup;
  fonts: PdfFonts;
  profile: CompanyProfile;
  logo?: StoredImage | undefined;
  customer: {
    name: string;
    address: string;
    siteAddress: string;
    phone: string;
    email: string;
  } | null;
  content: QuoteContent;
  number: string;
  issuedAt: number;
  family: TradeFamily | null;
  signature?: QuoteSignature | undefined;
  /** SHA-256 of the signed copy, printed under the signature. */
  hash?: string | undefined;
}

const COLUMNS = [
  { width: 225 },
  { width: 45, align: 'right' as const },
  { width: 50 },
  { width: 75, align: 'right' as const },
  { width: 40, align: 'right' as const },
  { width: 80.28, align: 'right' as const },
];

/** Builds the quote's PDF and returns its bytes. */
export async function buildQuotePdf(input: QuotePdfInput): Promise<Uint8Array> {
  const { lookup, profile, content } = input;
  const format = quoteFormatter(input.lang);
  const totals = quoteTotals(content, vatApplies(profile));
  const context: QuoteContext = {
    profile,
    customer: input.customer,
    content,
    totals,
    issuedAt: input.issuedAt,
    family: input.family,
  };
  const title = `${lookup('pdf.title')} ${input.number}`;
  const writer = new PdfWriter({
    fonts: input.fonts,
    title,
    author: profile.name,
    lang: intlLocale(input.lang),
    runningHeader: (w) =>
      w.write(`${title} — ${profile.name}`, { style: { size: 8, color: '#555555' }, gapAfter: 8 }),
    footer: (page, pages) => `${title} — ${lookup('pdf.page', { page, pages })}`,
  });

  drawHead(writer, input, format.date(input.issuedAt));
  if (content.title.trim())
    writer.write(lookup('pdf.object', { title: content.title.trim() }), {
      style: { bold: true, size: 11 },
      gapAfter: 8,
    });

  const rows: TableRow[] = lineRows(input, totals, format);
  drawTable(writer, {
    columns: COLUMNS,
    header: ['designation', 'quantity', 'unit', 'unitPrice', 'vat', 'total'].map((key) =>
      lookup(`pdf.columns.${key}`),
    ),
    rows,
    keepWithLast: totalsHeight(writer, totals) + 8,
  });
  writer.y += 8;
  drawTotals(writer, lookup, totals, format, vatApplies(profile));

  writer.y += 10;
  writer.write(lookup('pdf.terms'), { style: { bold: true, size: 10 } });
  for (const mention of [...termMentions(context, format), ...partyMentions(context)]) {
    writer.write(mentionText(lookup, mention), { style: { size: 8.5 }, gapAfter: 2 });
  }
  if (content.notes.trim()) {
    writer.y += 6;
    writer.write(lookup('pdf.notes'), { style: { bold: true, size: 10 } });
    writer.write(content.notes, { style: { size: 9 } });
  }
  writer.y += 10;
  drawSignature(writer, lookup, signatureMentions(context), input, format);
  drawWithdrawalForm(writer, lookup, withdrawalForm(context, input.number));
  return writer.finish();
}

/** Logo and company on the left; the word "Devis", number, date and the customer on the right. */
function drawHead(writer: PdfWriter, input: QuotePdfInput, date: string): void {
  const { lookup, profile } = input;
  const format = quoteFormatter(input.lang);
  const top = writer.y;
  const leftWidth = 250;
  let left = top;
  if (input.logo) {
    writer.image(input.logo.bytes, writer.left, left, [150, 60]);
    left += 66;
  }
  companyLines(profile, format).forEach((line, index) => {
    const style = index === 0 ? { bold: true, size: 12 } : { size: 8.5 };
    const lines = writer.wrap(mentionText(lookup, line), leftWidth, style);
    left += writer.drawLines(lines, writer.left, left, leftWidth, style);
  });

  const x = writer.left + 275;
  const width = writer.right - x;
  let right = top;
  right += writer.drawLines([lookup('pdf.title')], x, right, width, { bold: true, size: 22 });
  right += writer.drawLines([lookup('pdf.number', { number: input.number })], x, right, width, {
    bold: true,
    size: 11,
  });
  right += writer.drawLines([lookup('pdf.date', { date })], x, right, width, { size: 9 }) + 10;
  const customer = input.customer;
  if (customer) {
    right += writer.drawLines([lookup('pdf.customer')], x, right, width, {
      size: 8,
      color: '#555555',
    });
    const block = [customer.name, customer.address, customer.phone, customer.email]
      .filter((part) => part.trim() !== '')
      .join('\n');
    right +=
      writer.drawLines(writer.wrap(block, width, { size: 9.5 }), x, right, width, { size: 9.5 }) +
      6;
    if (customer.siteAddress.trim()) {
      right += writer.drawLines([lookup('pdf.site')], x, right, width, {
        size: 8,
        color: '#555555',
      });
      right += writer.drawLines(
        writer.wrap(customer.siteAddress, width, { size: 9.5 }),
        x,
        right,
        width,
        { size: 9.5 },
      );
    }
  }
  writer.y = Math.max(left, right) + 14;
}

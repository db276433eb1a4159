import { QUOTE_LIMITS } from '../../../domain/quotes';
import type { TableRow } from '../../../pdf';
import { parseDecimal, parsePercent } from '../rules/decimal';
import { vatApplies } from '../rules/mentions';
import type { QuoteTotals } from '../rules/totals';
import { type quoteFormatter, unitLabel } from '../words';
import type { QuotePdfInput } from './quotePdf';

const SECTION_FILL = '#f3f3f3';

/** The table's rows: section titles, lines with their totals, then travel costs. */
export function lineRows(
  input: QuotePdfInput,
  totals: QuoteTotals,
  format: ReturnType<typeof quoteFormatter>,
): TableRow[] {
  const { lookup, content } = input;
  const withVat = vatApplies(input.profile);
  const rate = (basisPoints: number) => (withVat ? format.rate(basisPoints) : '—');
  const rows: TableRow[] = [];
  for (const item of content.items) {
    if (item.type === 'section') {
      rows.push({
        cells: [item.title],
        span: true,
        style: { bold: true, size: 9 },
        fill: SECTION_FILL,
        keepWithNext: true,
      });
      continue;
    }
    const quantity = parseDecimal(item.quantity, QUOTE_LIMITS.quantityDecimals);
    const price = parseDecimal(item.unitPrice, 2);
    const discount = item.discount.trim() === '' ? null : parsePercent(item.discount);
    const designation =
      discount?.ok && discount.value > 0
        ? `${item.designation}\n${lookup('pdf.lineDiscount', { percent: format.rate(discount.value) })}`
        : item.designation;
    rows.push({
      cells: [
        designation,
        quantity.ok ? format.quantity(quantity.value) : item.quantity,
        unitLabel(lookup, item.unit),
        price.ok ? format.money(price.value) : item.unitPrice,
        rate(item.vatRate),
        format.money(totals.lines.get(item.id)?.total ?? 0),
      ],
      style: { size: 9 },
    });
  }
  if (totals.travel > 0) {
    rows.push({
      cells: [
        lookup('pdf.travel'),
        format.quantity(1000),
        unitLabel(lookup, 'flat'),
        format.money(totals.travel),
        rate(content.travelVatRate),
        format.money(totals.travel),
      ],
      style: { size: 9 },
    });
  }
  return rows;
}

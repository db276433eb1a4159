import { type Trade, tradeFamily } from '../../domain/trades';
import { TEMPLATE_META } from '../../templates/catalogue/meta';

// Loaded when the welcome ends, not with its first step: the catalogue's list is not needed before.

/**
 * The template the welcome opens: the first of the catalogue, in its own order, that the
 * catalogue shows for the trade's family (every template when no trade was given).
 */
export function firstTemplateFor(trade: Trade | ''): string {
  const family = trade === '' ? undefined : tradeFamily(trade);
  const fits = TEMPLATE_META.find((meta) => family === undefined || meta.trades.includes(family));
  // The catalogue always has templates for every family (checked by the tests).
  return (fits ?? TEMPLATE_META[0])?.id ?? '';
}

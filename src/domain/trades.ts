/**
 * The families of craft trades: they filter the templates, shape the profile and choose the
 * words of every text (a bakery takes orders, a garage books a service, a groomer sees pets).
 */
export const TRADE_FAMILIES = [
  'building',
  'food',
  'services',
  'vehicles',
  'animals',
  'production',
] as const;
/** One family of trades. */
export type TradeFamily = (typeof TRADE_FAMILIES)[number];

/** Each trade, with the family it belongs to. Labels live in the `trades` namespace. */
export const TRADES = {
  mason: 'building',
  plumber: 'building',
  electrician: 'building',
  carpenter: 'building',
  joiner: 'building',
  'plasterer-painter': 'building',
  roofer: 'building',
  tiler: 'building',
  insulation: 'building',
  locksmith: 'building',
  landscaper: 'building',
  baker: 'food',
  butcher: 'food',
  caterer: 'food',
  chocolatier: 'food',
  cheesemonger: 'food',
  hairdresser: 'services',
  beautician: 'services',
  mechanic: 'vehicles',
  'pet-groomer': 'animals',
  florist: 'production',
  cabinetmaker: 'production',
  jeweller: 'production',
  potter: 'production',
  dressmaker: 'production',
  printer: 'production',
} as const satisfies Record<string, TradeFamily>;
/** One trade. */
export type Trade = keyof typeof TRADES;

/** Whether `value` names a known trade. */
export function isTrade(value: string): value is Trade {
  return Object.hasOwn(TRADES, value);
}

/** The family of a trade. */
export function tradeFamily(trade: Trade): TradeFamily {
  return TRADES[trade];
}

/** Building trades owe their customers the decennial insurance details on every quote. */
export function needsDecennialInsurance(trade: Trade | ''): boolean {
  return trade !== '' && TRADES[trade] === 'building';
}

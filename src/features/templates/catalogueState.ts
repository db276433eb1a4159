import { createLiveQuery, type LiveQuery } from '../../db/live';
import { loadProfile } from '../../db/profile';
import { type TradeFamily, tradeFamily } from '../../domain/trades';

/** The trade family of the company profile ('all' when no trade is set), live: the catalogue's default filter. */
export function createProfileTradeFamily(): LiveQuery<TradeFamily | 'all'> {
  return createLiveQuery(async () => {
    const profile = await loadProfile();
    return profile.trade ? tradeFamily(profile.trade) : 'all';
  });
}

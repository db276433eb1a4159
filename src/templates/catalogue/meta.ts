// The catalogue as the screens, the dashboards and sync see it: ids, families, trades, minutes.
// No question, no composition, no word: importing this loads neither the definitions nor the
// phrase banks (titles, descriptions and search words are in locales/<lang>/catalogue.json).
import type { TimeCategory } from '../../domain/categories';
import { TRADE_FAMILIES, type TradeFamily } from '../../domain/trades';
import type { Platform } from '../checks';
import type { TemplateFamily, TemplateMeta } from '../types';

/** The families, in the order the catalogue shows them. */
export const FAMILIES: readonly TemplateFamily[] = ['reviews', 'social'];

/** The platforms a social post can target, in the order the platform question lists them. */
export const POST_PLATFORMS = ['google-post', 'instagram', 'facebook', 'linkedin'] as const;
/** One platform of a social post. */
export type PostPlatform = (typeof POST_PLATFORMS)[number];

const ALL = TRADE_FAMILIES;
const NEGATIVE = [1, 2];

function review(id: string, baselineMinutes: number, stars: readonly number[]): TemplateMeta {
  return {
    id,
    family: 'reviews',
    kind: 'review-reply',
    trades: ALL,
    baselineMinutes,
    category: 'customer-relations' satisfies TimeCategory,
    platforms: ['google-review-reply'],
    stars,
  };
}

// Consumer offers and seasonal promotions have no place on LinkedIn (domain.md §4).
const CONSUMER: readonly PostPlatform[] = ['google-post', 'instagram', 'facebook'];

function post(
  id: string,
  baselineMinutes: number,
  first: PostPlatform,
  trades: readonly TradeFamily[] = ALL,
  allowed: readonly PostPlatform[] = POST_PLATFORMS,
): TemplateMeta {
  const platforms: Platform[] = [first, ...allowed.filter((p) => p !== first)];
  return {
    id,
    family: 'social',
    kind: 'social-post',
    trades,
    baselineMinutes,
    category: 'communication',
    platforms,
  };
}

/** Every guided template bundled with the app: review replies from 5★ to 1★, then posts. */
export const TEMPLATE_META: readonly TemplateMeta[] = [
  review('review-five-stars-text', 10, [5]),
  review('review-five-stars-no-text', 6, [5]),
  review('review-four-stars', 10, [4]),
  review('review-three-stars-mixed', 12, [3]),
  review('review-negative-delay', 20, NEGATIVE),
  review('review-negative-quality', 20, NEGATIVE),
  review('review-negative-price', 20, NEGATIVE),
  review('review-negative-communication', 18, NEGATIVE),
  review('review-rating-only', 8, [1, 2, 3, 4]),
  review('review-not-a-customer', 15, NEGATIVE),
  post('post-before-after', 15, 'instagram', [
    'building',
    'services',
    'vehicles',
    'animals',
    'production',
  ]),
  post('post-job-story', 20, 'instagram'),
  post('post-tip', 12, 'instagram'),
  ...TRADE_FAMILIES.map((family) =>
    post(`post-seasonal-${family}`, 12, 'instagram', [family], CONSUMER),
  ),
  post('post-offer', 15, 'google-post', ALL, CONSUMER),
  post('post-hiring', 20, 'instagram'),
  post('post-event', 12, 'google-post'),
  post('post-testimonial', 12, 'instagram'),
  post('post-behind-the-scenes', 12, 'instagram'),
];

/** The catalogue entry with this id, or undefined. */
export function findMeta(id: string): TemplateMeta | undefined {
  return TEMPLATE_META.find((meta) => meta.id === id);
}

/** The catalogue entry with this id; throws for an id the catalogue lacks (definitions only). */
export function metaOf(id: string): TemplateMeta {
  const meta = findMeta(id);
  if (!meta) throw new Error(`No template ${id} in the catalogue`);
  return meta;
}

// The chips of review replies, per trade family: a bakery is praised for its taste, a garage
// for its honest diagnosis, a groomer for its gentleness; each is asked only what fits.
import type { ByFamily } from '../shared';

/** What the customer liked. */
export const HIGHLIGHTS: ByFamily = {
  building: ['quality', 'punctuality', 'cleanliness', 'advice', 'value'],
  food: ['taste', 'freshness', 'welcome', 'advice', 'value'],
  services: ['result', 'listening', 'welcome', 'advice', 'punctuality'],
  vehicles: ['honesty', 'speed', 'quality', 'welcome', 'value'],
  animals: ['gentleness', 'result', 'welcome', 'advice', 'punctuality'],
  production: ['quality', 'listening', 'advice', 'punctuality', 'value'],
  neutral: ['quality', 'welcome', 'advice', 'punctuality', 'value'],
};

/** What could have been better (4★ and 3★). */
export const POINTS: ByFamily = {
  building: ['delay', 'finish', 'cleanliness', 'communication', 'price'],
  food: ['wait', 'sold-out', 'welcome', 'price'],
  services: ['wait', 'result', 'welcome', 'communication', 'price'],
  vehicles: ['delay', 'communication', 'cleanliness', 'price'],
  animals: ['wait', 'result', 'communication', 'price'],
  production: ['delay', 'finish', 'communication', 'price'],
  neutral: ['delay', 'finish', 'welcome', 'communication', 'price'],
};

/** What changed since a remark (4★ and 3★). */
export const POINT_ACTIONS: ByFamily = {
  building: ['changed-planning', 'end-checklist', 'progress-updates', 'quote-detail', 'team-talk'],
  food: ['more-stock', 'orders', 'team-talk', 'changed-planning'],
  services: ['booking-gaps', 'end-checklist', 'team-talk', 'written-summary'],
  vehicles: ['changed-planning', 'progress-updates', 'end-checklist', 'quote-detail'],
  animals: ['booking-gaps', 'progress-updates', 'team-talk', 'end-checklist'],
  production: ['changed-planning', 'end-checklist', 'progress-updates', 'quote-detail'],
  neutral: ['changed-planning', 'end-checklist', 'progress-updates', 'team-talk'],
};

/** Why a job, an order or an appointment was late. */
export const DELAY_CAUSES: ByFamily = {
  building: ['planning', 'supplier', 'weather', 'workload'],
  food: ['planning', 'supplier', 'equipment', 'workload'],
  services: ['planning', 'previous', 'workload'],
  vehicles: ['parts', 'diagnosis', 'planning', 'workload'],
  animals: ['planning', 'previous', 'workload'],
  production: ['supplier', 'planning', 'workload'],
  neutral: ['planning', 'supplier', 'workload'],
};

/** What changed since a delay. */
export const DELAY_ACTIONS: ByFamily = {
  building: ['changed-planning', 'new-supplier', 'clearer-dates', 'progress-updates'],
  food: ['changed-planning', 'orders', 'new-supplier', 'more-stock'],
  services: ['booking-gaps', 'changed-planning', 'clearer-dates'],
  vehicles: ['clearer-dates', 'new-supplier', 'progress-updates', 'changed-planning'],
  animals: ['booking-gaps', 'changed-planning', 'clearer-dates'],
  production: ['clearer-dates', 'new-supplier', 'progress-updates', 'changed-planning'],
  neutral: ['changed-planning', 'clearer-dates', 'progress-updates'],
};

/** What went wrong with the work, the product or the care. */
export const QUALITY_ISSUES: ByFamily = {
  building: ['finish', 'defect', 'not-as-agreed', 'damage'],
  food: ['taste', 'freshness', 'not-as-ordered', 'missing'],
  services: ['result', 'not-as-agreed', 'finish'],
  vehicles: ['not-fixed', 'defect', 'damage'],
  animals: ['result', 'not-as-agreed', 'stress'],
  production: ['finish', 'defect', 'not-as-agreed', 'damage'],
  neutral: ['finish', 'defect', 'not-as-agreed'],
};

/** What the price is blamed for. */
export const PRICE_ISSUES: ByFamily = {
  building: ['above-quote', 'too-expensive', 'unclear-extras'],
  food: ['too-expensive', 'unclear-extras'],
  services: ['above-quote', 'too-expensive', 'unclear-extras'],
  vehicles: ['above-quote', 'too-expensive', 'unclear-extras'],
  animals: ['above-quote', 'too-expensive', 'unclear-extras'],
  production: ['above-quote', 'too-expensive', 'unclear-extras'],
  neutral: ['above-quote', 'too-expensive', 'unclear-extras'],
};

/** Where a gap between the price announced and the price paid came from. */
export const PRICE_REASONS: ByFamily = {
  building: ['extra-work', 'materials', 'our-mistake'],
  food: ['materials', 'our-mistake'],
  services: ['extra-work', 'materials', 'our-mistake'],
  vehicles: ['extra-work', 'materials', 'our-mistake'],
  animals: ['extra-work', 'our-mistake'],
  production: ['extra-work', 'materials', 'our-mistake'],
  neutral: ['extra-work', 'materials', 'our-mistake'],
};

/** What changed since a complaint about being left without news. */
export const COMMUNICATION_ACTIONS: ByFamily = {
  building: ['callback-rule', 'progress-updates', 'single-contact', 'written-summary'],
  food: ['callback-rule', 'orders', 'team-talk'],
  services: ['callback-rule', 'written-summary', 'team-talk'],
  vehicles: ['callback-rule', 'progress-updates', 'written-summary', 'single-contact'],
  animals: ['callback-rule', 'progress-updates', 'team-talk'],
  production: ['callback-rule', 'progress-updates', 'written-summary'],
  neutral: ['callback-rule', 'progress-updates', 'written-summary'],
};

/** What the artisan will offer in private (the public reply only invites to get in touch). */
export const OFFERS = ['call-back', 'see', 'redo', 'refund'] as const;

export const COMMUNICATION_ISSUES = ['no-reply', 'no-updates', 'unclear', 'welcome'] as const;
export const RESPONSIBILITY = ['acknowledged', 'to-check'] as const;
export const HYPOTHESES = ['similar-name', 'other-name'] as const;
/** Only an invoice above the price announced, or unexplained extras, call for saying why. */
export const EXPLAINED_PRICE_ISSUES = ['above-quote', 'unclear-extras'] as const;

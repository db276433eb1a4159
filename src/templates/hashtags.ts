// Hashtags as the platforms index them: lower case, no accents, no hyphens or apostrophes
// (#saintetienne, not #SaintÉtienne: an accented tag is another, smaller tag). domain.md §4.
import { findHashtags, PLATFORM_RULES, type Platform } from './checks';

/** How many hashtags a text aims for, within the platform's range. */
export const HASHTAG_TARGET: Record<Platform, number> = {
  'google-review-reply': 0,
  'google-post': 0,
  instagram: 5,
  facebook: 2,
  linkedin: 3,
};

/** Words folded into one tag: "Saint-Étienne" → "#saintetienne"; null when no letter is left. */
export function hashtagOf(words: string): string | null {
  const folded = words
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}_]/gu, '');
  return /\p{L}/u.test(folded) ? `#${folded}` : null;
}

/** Typed hashtags made platform-ready: plain words on Google, folded tags elsewhere. */
export function tidyTypedHashtags(text: string, platform: Platform): string {
  if (platform === 'google-post' || platform === 'google-review-reply') {
    return text.replace(/#(?=[\p{L}\p{N}_])/gu, '');
  }
  let out = text;
  for (const tag of findHashtags(text)) out = out.replace(tag, hashtagOf(tag) ?? tag);
  return out;
}

/**
 * The tags to add after a text: `candidates` in order of relevance, minus those the text holds
 * already, as many as the platform's target (or just enough to reach its minimum, and the first
 * candidate, usually the town, when the artisan typed tags of their own).
 */
export function hashtagsToAdd(
  platform: Platform,
  text: string,
  candidates: ReadonlyArray<string | null>,
): string[] {
  const rule = PLATFORM_RULES[platform].hashtags;
  const own = findHashtags(text).map((tag) => hashtagOf(tag) ?? tag);
  const seen = new Set(own);
  const fresh: string[] = [];
  for (const candidate of candidates) {
    const tag = candidate ? hashtagOf(candidate) : null;
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      fresh.push(tag);
    }
  }
  const target = Math.min(rule.max, Math.max(rule.min, HASHTAG_TARGET[platform]));
  const wanted =
    own.length === 0 ? target : Math.max(rule.min - own.length, own.length < rule.max ? 1 : 0);
  return fresh.slice(0, Math.max(0, Math.min(wanted, rule.max - own.length)));
}

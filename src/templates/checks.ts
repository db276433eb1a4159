// Checks on a text before it is published (review reply, social post): length, hashtags, personal
// data. Pure functions returning codes; the UI translates them. See domain.md §3 and §4.

/** Where a text will be published. */
export type Platform =
  | 'google-review-reply'
  | 'google-post'
  | 'instagram'
  | 'facebook'
  | 'linkedin';

/** One platform's limits: max length, length shown before "more", advised length, hashtag range. */
export interface PlatformRule {
  maxLength: number;
  visible: number;
  recommended?: number;
  hashtags: { min: number; max: number };
}

/** Per platform: max characters, characters visible before "more", and hashtag habits. */
export const PLATFORM_RULES: Record<Platform, PlatformRule> = {
  // Google measures a reply in UTF-8 bytes. It documents no fold: the advised length stands in.
  'google-review-reply': {
    maxLength: 4096,
    visible: 600,
    recommended: 600,
    hashtags: { min: 0, max: 0 },
  },
  'google-post': { maxLength: 1500, visible: 100, hashtags: { min: 0, max: 0 } },
  instagram: { maxLength: 2200, visible: 125, hashtags: { min: 3, max: 5 } },
  facebook: { maxLength: 63206, visible: 480, hashtags: { min: 2, max: 4 } },
  linkedin: { maxLength: 3000, visible: 150, hashtags: { min: 1, max: 5 } },
};

/** A problem or advice about a text, as a code the UI translates, with its details. */
export type Finding =
  | { code: 'too-long'; length: number; max: number; unit: 'chars' | 'bytes' }
  | { code: 'over-recommended'; length: number; recommended: number }
  | { code: 'too-many-hashtags'; count: number; max: number }
  | { code: 'too-few-hashtags'; count: number; min: number }
  | { code: 'personal-data'; kind: PersonalDataKind; match: string; index: number };

/** The kinds of personal data that must not appear in a public text. */
export type PersonalDataKind = 'phone' | 'email' | 'street-address' | 'health' | 'legal';

type PersonalData = Extract<Finding, { code: 'personal-data' }>;

const segmenter =
  'Segmenter' in Intl ? new Intl.Segmenter('fr', { granularity: 'grapheme' }) : null;

/** Counts characters as a person sees them (grapheme clusters via Intl.Segmenter; emoji = 1). */
export function countChars(text: string): number {
  if (!segmenter) return Array.from(text).length; // older engines: code points
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

// A hashtag has at least one letter; not after a word character, "&" (entity), "/" (URL) or "#".
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#])#(?=[\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+/gu;

/** The hashtags in a text (#word with letters incl. accented, digits, underscore), in order. */
export function findHashtags(text: string): string[] {
  return text.match(HASHTAG) ?? [];
}

const W = String.raw`[\p{L}\p{M}\p{N}]`; // a word character, accented letters included
const SEP = String.raw`[ .\-\u00A0\u202F]`; // separators inside a phone number
const words = (list: string[]) => new RegExp(`(?<!${W})(?:${list.join('|')})(?!${W})`, 'giu');

const DETECTORS: Array<[PersonalDataKind, RegExp]> = [
  [
    'email',
    /(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.\p{L}{2,}/gu,
  ],
  // French: 0X XX XX XX XX, +33 / 0033 (optional "(0)"); then any "+" number of 9–14 digits.
  [
    'phone',
    new RegExp(
      String.raw`(?<![\p{L}\p{N}+]|\p{N}${SEP})(?:(?:\+|00)${SEP}?33${SEP}?(?:\(0\)${SEP}?)?[1-9]|0${SEP}?[1-9])(?:${SEP}?\d){8}(?!${SEP}?\p{N})`,
      'gu',
    ),
  ],
  [
    'phone',
    new RegExp(String.raw`(?<![\p{L}\p{N}+])\+[1-9](?:${SEP}?\d){8,13}(?!${SEP}?\p{N})`, 'gu'),
  ],
  // Postcode + town ("75011 Paris"): the town must be capitalised and not a currency or tax word.
  [
    'street-address',
    /(?<![\p{L}\p{M}\p{N}]|\p{N}[ .\u00A0\u202F])(?:0[1-9]|[1-8]\d|9[0-8])\d{3}[ \u00A0]+(?!(?:EUR|[Ee]uros?|EUROS|HT|TTC|TVA)(?!\p{L}))\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0-]\p{Lu}[\p{L}\p{M}'’-]*)*/gu,
  ],
  [
    'health',
    words([
      // "enceinte" is also a speaker or an enclosure: not after a determiner ("une enceinte").
      String.raw`(?<!(?<!\p{L})(?:une|les|des|cette|ces|[sm]on|[smt]es|notre|nos|votre|vos|leurs?|\d+)\s+|[dl]['’])enceintes?`,
      'maladi?es?|grossesses?|handicap(?:s|[ée]e?s?)?|hospitalis(?:[ée]e?s?|ations?)|h[ôo]pita(?:l|ux)',
      'cancers?|diab[èe]te|diab[ée]tiques?|allergi(?:es?|ques?)|d[ée]pressi(?:ons?|fs?|ves?)',
      String.raw`traitements?\s+m[ée]dic(?:al|aux)|chimio(?:th[ée]rapie)?`,
      'sick(?:ness)?|illness(?:es)?|pregnan(?:t|cy)|disabilit(?:y|ies)|disabled|hospitals?',
      'hospitali[sz]ed|diabet(?:es|ic)|allerg(?:y|ic)',
    ]),
  ],
  [
    'legal',
    words([
      String.raw`proc[èe]s(?![ \-\u00A0]?verba)`, // a "procès-verbal" (PV de réception) is not a trial
      String.raw`tribuna(?:l|ux)|avocat(?:e|s|es)?|plaintes?|huissiers?|commissaires?\s+de\s+justice`,
      // "condamné" is also a sealed door or passage in building work.
      String.raw`(?<!(?<!\p{L})(?:porte|fen[êe]tre|acc[èe]s|passage|trappe|conduit|chemin[ée]e|gaine|ouverture|baie|entr[ée]e|sortie|issue|pi[èe]ce|escalier|bouche)s?[^.!?\n]{0,30})condamn[ée]e?s?`,
      String.raw`mises?\s+en\s+demeure|poursuites?\s+judiciaires?|lawsuits?|lawyers?|attorneys?|sued`,
      String.raw`(?:in|to)\s+court`, // not "court" alone: French "court" means short
      String.raw`court\s+(?:case|order|hearing)s?`,
      String.raw`complaints?\s+(?:was\s+|were\s+|has\s+been\s+)?filed`,
      String.raw`filed\s+(?:a\s+)?complaints?`,
    ]),
  ],
];

// "<number> [bis] [,] <street type>" or "lieu-dit", followed by a name read by NAME and EXTEND.
const STRONG = String.raw`rue|avenue|av\.?|boulevard|bd|bld|bvd|impasse|faubourg|fbg`;
const WEAK = `chemin|all[ée]e|place|route|rte|quai|cours|square|passage|r[ée]sidence|hameau|sentier|ruelle|villa|cit[ée]|esplanade|promenade|mont[ée]e`;
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.,])(?:\d{1,4}(?:[ \u00A0]?(?:bis|ter|quater)|[a-d])?(?!${W}),?[ \u00A0]+(?:(${STRONG})|${WEAK})|lieu[- ]dit)(?!${W})`,
  'giu',
);
const NAME =
  /[ \u00A0]+(?:(?:de[ \u00A0]+la|du|des|de|la|le|les|aux|au|à)[ \u00A0]+|(?:de[ \u00A0]+)?[dl]['’])?[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/iuy;
const EXTEND =
  /(?:[ \u00A0]+(?:(?:de|du|des|la|le|les)[ \u00A0]+|(?:de[ \u00A0]+)?[dl]['’])?(?:\p{Lu}[\p{L}\p{M}\p{N}'’-]*|\d{5}(?!\p{N})))*/uy;

function streets(text: string): PersonalData[] {
  const found: PersonalData[] = [];
  for (const m of text.matchAll(STREET)) {
    NAME.lastIndex = m.index + m[0].length;
    const name = NAME.exec(text);
    if (!name) continue;
    // After a weak type ("place", "route", "cours"…) the name must be capitalised or a number.
    const first = name[0].match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*$/u)?.[0] ?? '';
    if (m[1] === undefined && !/^[\p{Lu}\p{N}]/u.test(first)) continue;
    const start = NAME.lastIndex;
    EXTEND.lastIndex = start;
    const match = text.slice(m.index, start + (EXTEND.exec(text)?.[0].length ?? 0));
    found.push({ code: 'personal-data', kind: 'street-address', match, index: m.index });
  }
  return found;
}

// Compares contact details loosely: no spaces, dots, dashes, commas, brackets; "+33 6" = "06".
const normalize = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.,()-]/gu, '')
    .replace(/^(?:\+|00)330?(?=[1-9])/, '0');

/** What in the text looks like personal data that must not be published. */
export function findPersonalData(text: string, options: { allow?: string[] } = {}): PersonalData[] {
  const found: PersonalData[] = streets(text);
  for (const [kind, re] of DETECTORS) {
    for (const m of text.matchAll(re)) {
      found.push({ code: 'personal-data', kind, match: m[0], index: m.index });
    }
  }
  // Overlaps: the earliest, then the longest, wins ("3 rue de l'Hôpital" is an address only).
  found.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const allow = (options.allow ?? []).map(normalize).filter((a) => a !== '');
  let end = -1;
  return found.filter((f) => {
    if (f.index < end) return false;
    end = f.index + f.match.length;
    const n = normalize(f.match);
    // An address may be part of the company's full address; other details must equal an entry.
    return !allow.some((a) => a === n || (f.kind === 'street-address' && a.includes(n)));
  });
}

/** All findings for a text on a platform; `allow` lists the company's own public contact details. */
export function checkText(
  text: string,
  platform: Platform,
  options: { allow?: string[] } = {},
): {
  length: number;
  max: number;
  unit: 'chars' | 'bytes';
  hashtags: string[];
  findings: Finding[];
} {
  const rule = PLATFORM_RULES[platform];
  const unit = platform === 'google-review-reply' ? 'bytes' : 'chars';
  const chars = countChars(text);
  const length = unit === 'bytes' ? new TextEncoder().encode(text).length : chars;
  const hashtags = findHashtags(text);
  const count = hashtags.length;
  const findings: Finding[] = [];
  if (length > rule.maxLength)
    findings.push({ code: 'too-long', length, max: rule.maxLength, unit });
  if (rule.recommended !== undefined && chars > rule.recommended) {
    findings.push({ code: 'over-recommended', length: chars, recommended: rule.recommended });
  }
  if (count > rule.hashtags.max) {
    findings.push({ code: 'too-many-hashtags', count, max: rule.hashtags.max });
  } else if (count < rule.hashtags.min) {
    findings.push({ code: 'too-few-hashtags', count, min: rule.hashtags.min });
  }
  findings.push(...findPersonalData(text, options));
  return { length, max: rule.maxLength, unit, hashtags, findings };
}

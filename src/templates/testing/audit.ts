// What a demanding editor checks in every text the app writes, as code: the guard that every
// phrase bank, today's and tomorrow's, must pass. Each rule returns readable problems.
import type { Language } from '../../domain/languages';
import { findHashtags, type Platform } from '../checks';
import { startsWithVowelSound } from '../grammar/fr';
import type { Scope } from '../types';

/** The words of a text, lower case, hashtags left out (« d'avoir » counts as « d », « avoir »). */
export function wordsOf(text: string): string[] {
  return (
    text
      .replace(/#[\p{L}\p{M}\p{N}_]+/gu, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/** The sequences of three words that occur more than once in a text. */
export function repeatedTrigrams(text: string): string[] {
  const words = wordsOf(text);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) {
    const trigram = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    if (seen.has(trigram)) repeated.add(trigram);
    seen.add(trigram);
  }
  return [...repeated];
}

/** The three-word sequences two texts share. */
export function sharedTrigrams(a: string, b: string): string[] {
  const trigrams = (text: string) => {
    const words = wordsOf(text);
    const found = new Set<string>();
    for (let i = 0; i + 2 < words.length; i++) {
      found.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    }
    return found;
  };
  const first = trigrams(a);
  return [...trigrams(b)].filter((trigram) => first.has(trigram));
}

type Rule = [RegExp, string];

const LEFTOVERS: Rule = [
  /\{\{|\}\}|[{}[\]|\uE000\uE001]|\b(?:phrases|words|hashtags|questions|catalogue)\.[\w-]|\bundefined\b|\bNaN\b|\bnull\b/u,
  'leftover of the bank',
];

const COMMON: Rule[] = [
  LEFTOVERS,
  [/'/u, 'straight apostrophe'],
  [/\.\.\./u, 'three dots instead of …'],
  [/ {2,}/u, 'double space'],
  [/[ \u00A0\u202F][,.](?!\d)/u, 'space before a comma or a full stop'],
  [/\([a-z]{1,3}\)/u, 'inclusive ending in brackets, write neutrally'],
];

const FRENCH: Rule[] = [
  [/(?<![\u202F?!])[;!?](?=[\s»]|$)/u, 'no narrow no-break space before ; ! ?'],
  [/(?<!\u00A0):(?=\s|$)/u, 'no no-break space before :'],
  [/«(?!\u00A0)|(?<!\u00A0)»/u, 'no no-break space inside « »'],
  [/\d(?:[ \u202F])?[%€]/u, 'no no-break space before % or €'],
  [/(?<![\p{L}])(?:[dD]e|à|À) (?:Le|Les) /u, 'article not contracted (du, des, au, aux)'],
  [/(?<![\p{L}])(?:[dD]e|à) (?:le|les) (?:\p{Lu})/u, 'article not contracted before a name'],
  [/(?<![\p{L}])[Dd]u (\S+(?: \S+)?) au \1(?![\p{L}\p{N}])/u, 'a one-day range'],
  [/\bArtisan(?:e)? [\p{Ll}-]+(?:ienne|euse|ère|rice|e)\b/u, 'trade label with a gender'],
  // « ton » stands before a vowel only (« ton expérience »); these feminine nouns take « ta ».
  [
    /(?<![\p{L}])[mts]on (?:confiance|fidélité|visite|note|commande|voiture|patience|compréhension|demande|prochaine)(?![\p{L}])/iu,
    'masculine possessive before a feminine noun',
  ],
];

const ENGLISH: Rule[] = [
  [/[ \u00A0\u202F][;:!?](?=\s|$)/u, 'space before ; : ! ? in English'],
  [/\d[ \u00A0\u202F]%/u, 'space before % in English'],
  [
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?!\d)/u,
    'American date order (write "1 May")',
  ],
  [/\b\d+(?:st|nd|rd|th)\b/u, 'ordinal day (write "1 May")'],
  [/«|»/u, 'French quotation marks in English'],
  [
    /\b(?:colors?|favorite|center|neighbor|behavior|honor|labor|gray|jewelry|tires?|aluminum|mom|vacation|apartment|gotten|flavor|(?:organ|real|apolog|special|custom|personal|recogn|priorit|optim|minim|maxim|util|summar)iz(?:e|ed|es|ing|ation))\b/iu,
    'American English (British spelling and words: tyre, holiday, flavour, organise)',
  ],
  // French turns a British editor strikes: « à votre disposition », « ont suffi », « savoir-faire »,
  // « pour que ça dure », « concret », « vous attend ».
  [
    /\b(?:at your disposal|(?:were|was) enough|know-how|so that it lasts|concrete (?:solution|proposal|tip|example)|(?:solution|proposal|offer) is waiting for you)\b/iu,
    'a French turn in English',
  ],
];

// Elision: « de », « que », « le », « la », « ce » before a vowel sound.
const ELIDABLE = /(?<![\p{L}\p{M}’-])(de|que|jusque|le|la|ce) ([\p{L}\p{M}]+)/giu;

function frenchElisions(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(ELIDABLE)) {
    const [whole, word = '', next = ''] = match;
    if (/^(?:un|une|uns|unes|y)$/iu.test(next) && /^(?:le|la)$/iu.test(word)) continue;
    // « le » or « la » as pronouns before a verb cannot be told apart here: only articles of
    // values are joined by the engine, so only de, que, jusque and ce are checked strictly.
    if (/^(?:le|la)$/iu.test(word)) continue;
    if (startsWithVowelSound(next)) problems.push(`no elision: « ${whole} »`);
  }
  return problems;
}

/** A lower-case letter right after the end of a sentence. */
function lowerAfterSentence(text: string): string[] {
  const found = text.match(/[.!?][\u00A0\u202F ]+\p{Ll}/gu) ?? [];
  return found.map((match) => `lower case after a sentence: « ${match} »`);
}

const VOUS_WORDS = /(?<![\p{L}-])(?:vous|votre|vos|vôtre|vôtres)(?![\p{L}])/iu;
// A verb in « -ez » (« Devinez », « Passez ») addresses « vous »; a few words just end that way.
const VOUS_VERB = /(?<![\p{L}])(?!(?:chez|assez|nez|rez)(?![\p{L}]))\p{L}{2,}ez(?![\p{L}])/iu;
const TU_WORDS =
  /(?<![\p{L}-])(?:tu|ton|ta|tes|toi|te|tienne|tien)(?![\p{L}])|(?<![\p{L}])t’(?=\p{L})/iu;
// « Viens nombreux »: one reader addressed, a plural agreed with them.
const TU_PLURAL =
  /(?<![\p{L}])(?:viens|passe|rejoins|reste)(?:[- ]\p{L}+)?\s+(?:nombreux|nombreuses|tous|toutes)(?![\p{L}])/iu;
const NOUS_WORDS = /(?<![\p{L}-])(?:nous|notre|nos|nôtre)(?![\p{L}])|(?<![\p{L}])l’équipe(?! d)/iu;
const JE_WORDS =
  /(?<![\p{L}])(?:je|moi|me|mon|ma|mes|mien|mienne)(?![\p{L}])|(?<![\p{L}])[jm]’(?=\p{L})/iu;
const JE_AGREES =
  /(?<![\p{L}])(?:je suis|j’étais|je serai|je serais|je reste)\s+(?:ravi|heureux|désolé|navré|fier|content|prêt|sûr|certain|convaincu|touché|enchanté|obligé)/iu;

/** Who is addressed and who speaks, in French: only the forms of the scope. */
function frenchPersons(text: string, scope: Scope): string[] {
  const problems: string[] = [];
  const plain = text.replace(/rendez-vous/giu, '');
  if (scope.tone === 'tu' && VOUS_WORDS.test(plain)) problems.push('vous in a tu text');
  if (scope.tone === 'tu' && VOUS_VERB.test(plain)) problems.push('a vous verb in a tu text');
  if (scope.tone === 'tu' && TU_PLURAL.test(plain)) problems.push('a plural agreed with tu');
  if (scope.tone === 'vous' && TU_WORDS.test(plain)) problems.push('tu in a vous text');
  if (scope.voice === 'je' && NOUS_WORDS.test(plain)) problems.push('nous in a je text');
  if (scope.voice === 'nous' && JE_WORDS.test(plain)) problems.push('je in a nous text');
  if (JE_AGREES.test(text)) problems.push('an adjective that agrees with je (gender unknown)');
  return problems;
}

const EN_WE = /(?<![\p{L}])(?:we|us|our|ours|team(?! spirit))(?![\p{L}])/iu;
const EN_I = /(?<![\p{L}])(?:I|me|my|mine)(?![\p{L}])/u;

function englishPersons(text: string, scope: Scope): string[] {
  if (scope.voice === 'je' && EN_WE.test(text)) return ['we in an I text'];
  if (scope.voice === 'nous' && EN_I.test(text)) return ['I in a we text'];
  return [];
}

const PROMISES: Record<Language, RegExp> = {
  fr: /rembours|geste commercial|gratuit|offert|à nos frais|mettre à jour (?:votre|ton) avis|modifier (?:votre|ton) avis/iu,
  en: /refund|goodwill|free of charge|at our expense|update (?:your|the) review|change (?:your|the) review/iu,
};
const MESSAGE: Record<Language, RegExp> = {
  fr: /\bmessage|messagerie|\bMP\b|\bDM\b/iu,
  en: /\bmessage|\bDM\b|inbox/iu,
};
const CONSUMER: Record<Language, RegExp> = {
  fr: /commandez|réservez|prenez rendez-vous|passez nous voir|en boutique|-\d+\s?%|profitez/iu,
  en: /order now|book now|book your|pop in|drop by|\d+% off|treat yourself/iu,
};

// Instagram, Facebook and Google speak the way people talk: « we're », « it's », « don't ». A
// full form before a pause is not contracted in English either (« that is, », « here it is. »).
const CASUAL_EN = new Set<Platform>(['instagram', 'facebook', 'google-post']);
const UNCONTRACTED =
  /(?<![\p{L}’'-])(?:we are|you are|they are|it is|that is|there is|here is|what is|I am|I will|we will|you will|do not|does not|did not|is not|are not|was not|were not|cannot|will not|would not|have not|has not)(?![\p{L}])(?!\s*[,.!?:;…]|\s*$)/iu;

/** Every problem an editor would see in a composed text, for its language, scope and platform. */
export function auditText(
  text: string,
  lang: Language,
  scope: Scope,
  platform: Platform,
): string[] {
  const problems: string[] = [];
  for (const [rule, message] of [...COMMON, ...(lang === 'fr' ? FRENCH : ENGLISH)]) {
    const found = rule.exec(text);
    if (found)
      problems.push(
        `${message}: « ${text.slice(Math.max(0, found.index - 20), found.index + 20)} »`,
      );
  }
  problems.push(...repeatedTrigrams(text).map((trigram) => `repeated « ${trigram} »`));
  problems.push(...lowerAfterSentence(text));
  if (lang === 'fr') {
    problems.push(...frenchElisions(text), ...frenchPersons(text, scope));
  } else {
    problems.push(...englishPersons(text, scope));
  }
  for (const tag of findHashtags(text)) {
    if (!/^#[a-z0-9_]+$/u.test(tag)) problems.push(`hashtag not folded: ${tag}`);
  }
  if (platform === 'google-review-reply' && PROMISES[lang].test(text)) {
    problems.push('a promise or a request to change the review in public');
  }
  if (platform === 'google-post' && MESSAGE[lang].test(text)) {
    problems.push('Google has no messaging since July 2024');
  }
  const stiff = lang === 'en' && CASUAL_EN.has(platform) ? UNCONTRACTED.exec(text) : null;
  if (stiff) problems.push(`not contracted on a casual platform: « ${stiff[0]} »`);
  if (platform === 'linkedin' && CONSUMER[lang].test(text)) {
    problems.push('a consumer call to action on LinkedIn');
  }
  return problems;
}

// Function words and adverbs long enough to pass for content words: repeating them is no echo.
const NOT_CONTENT = new Set([
  // French
  'toujours',
  'pendant',
  'quelques',
  'beaucoup',
  'vraiment',
  'aujourd',
  'comment',
  'également',
  'ensemble',
  'jusqu',
  'lorsque',
  'puisque',
  'quelque',
  'simplement',
  'pourquoi',
  'plusieurs',
  'autrement',
  // English
  'through',
  'because',
  'without',
  'between',
  'another',
  'whether',
  'nothing',
  'something',
  'everything',
  'anything',
  'already',
  'whatever',
]);

/** A word and its plural count as one (« chaudière », « chaudières »). */
const stem = (word: string) => word.replace(/(?<=.{6})[sx]$/u, '');

/**
 * Long content words an editor hears twice: a word of seven letters or more (its plural counts as
 * the same word) used more than twice in a text, or twice within one sentence or two sentences
 * that follow each other. Short words repeat naturally (« pour », « votre »); a long word
 * (« entretien », « chaudière », « workshop ») repeated that close reads as a lack of words.
 * `given` holds what the text did not choose: typed answers, the company, the town, the signer.
 */
export function echoedWords(text: string, given: readonly string[] = []): string[] {
  const skip = new Set(given.flatMap(wordsOf).map(stem));
  const sentences = text
    .replace(/#[\p{L}\p{M}\p{N}_]+/gu, ' ')
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => wordsOf(sentence).map(stem));
  const seen = new Map<string, number[]>();
  sentences.forEach((words, index) => {
    for (const word of words) {
      if ([...word].length < 7 || NOT_CONTENT.has(word) || skip.has(word)) continue;
      seen.set(word, [...(seen.get(word) ?? []), index]);
    }
  });
  const found: string[] = [];
  for (const [word, at] of seen) {
    const close = at.some((index, i) => i > 0 && index - (at[i - 1] ?? -9) <= 1);
    if (at.length > 2) found.push(`« ${word} » ${at.length} times`);
    else if (close) found.push(`« ${word} » twice in a row`);
  }
  return found;
}

// French grammar and typography for every text the app writes (domain.md §6).
import { CLOSE, OPEN } from './marks';
import type { Grammar } from './types';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

// Words after which a vowel sound elides or a following article contracts. They must stand
// alone (not the end of a longer word) and be followed by one space and an inserted value.
const JUNCTION = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(de|à|que|jusque|lorsque|puisque|le|la|ce|si) ${OPEN}([^${CLOSE}]*)${CLOSE}`,
  'giu',
);

// A « h aspiré » forbids elision: « de Haguenau », « le hangar ». Prefixes of common words…
const H_ASPIRE_PREFIXES = [
  'hach',
  'haie',
  'hain',
  'halle',
  'halte',
  'hamac',
  'hameau',
  'hamster',
  'hanch',
  'handi',
  'hangar',
  'hant',
  'harc',
  'hardi',
  'hareng',
  'haricot',
  'harnais',
  'harp',
  'hasard',
  'hâte',
  'hauss',
  'haut',
  'havre',
  'hérisson',
  'hernie',
  'héron',
  'héros',
  'hêtre',
  'heurt',
  'hibou',
  'hideu',
  'hiérarch',
  'hippie',
  'hobby',
  'hockey',
  'holding',
  'hollan',
  'homard',
  'hongr',
  'honte',
  'hoquet',
  'hors',
  'hotte',
  'houblon',
  'houle',
  'housse',
  'hublot',
  'huche',
  'huée',
  'huit',
  'hurl',
  'hutte',
  'haguenau',
  'hayange',
  'halluin',
  'houdan',
];
// …and whole words (towns) too short to be prefixes.
const H_ASPIRE_WORDS = new Set(['ham', 'hem', 'hall', 'hêtre']);
// Words that start with a vowel but never elide what comes before: « de onze », « le oui ».
const NO_ELISION = new Set(['onze', 'onzième', 'oui', 'ouistiti', 'uhlan']);

/** Whether a value starts with a vowel sound that calls for elision. */
export function startsWithVowelSound(value: string): boolean {
  const word = (
    value
      .trim()
      .toLowerCase()
      .match(/^[\p{L}\p{M}]+/u)?.[0] ?? ''
  ).normalize('NFC');
  if (word === '' || NO_ELISION.has(word)) return false;
  if (word.startsWith('h')) {
    return !H_ASPIRE_WORDS.has(word) && !H_ASPIRE_PREFIXES.some((p) => word.startsWith(p));
  }
  if (/^y[aeiouàâéèêîôûœ]/u.test(word)) return false; // « de yaourt », « le yoga »
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/u.test(word);
}

const ELIDED: Record<string, string> = {
  de: 'd’',
  que: 'qu’',
  jusque: 'jusqu’',
  lorsque: 'lorsqu’',
  puisque: 'puisqu’',
  le: 'l’',
  la: 'l’',
};
const CONTRACTED: Record<string, Record<string, string>> = {
  de: { le: 'du', les: 'des' },
  à: { le: 'au', les: 'aux' },
};

/** The word as written, with its first letter's case kept (« De » + « Le Mans » → « Du Mans »). */
function sameCase(model: string, word: string): string {
  const capital = model.charAt(0) !== model.charAt(0).toLowerCase();
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function junction(word: string, value: string): string {
  const lower = word.toLowerCase();
  const article = /^(le|les)[ \u00A0]+(?=\S)/iu.exec(value);
  const contracted = article ? CONTRACTED[lower]?.[(article[1] ?? '').toLowerCase()] : undefined;
  if (article && contracted) {
    return `${sameCase(word, contracted)} ${OPEN}${value.slice(article[0].length)}${CLOSE}`;
  }
  if (startsWithVowelSound(value)) {
    const elided = ELIDED[lower];
    if (elided) return `${sameCase(word, elided)}${OPEN}${value}${CLOSE}`;
    if (lower === 'ce') return `${sameCase(word, 'cet')} ${OPEN}${value}${CLOSE}`;
    if (lower === 'si' && /^ils?(?!\p{L})/iu.test(value)) {
      return `${sameCase(word, 's’')}${OPEN}${value}${CLOSE}`;
    }
  }
  return `${word} ${OPEN}${value}${CLOSE}`;
}

const MONTHS =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const UNITS = `m²|m³|m2|m3|cm|mm|km|kg|g|h|min|ans?|mois|jours?|semaines?|heures?|°C|kWh|kW|L|l|€|%`;

/**
 * French typography: ’ for every apostrophe; a narrow no-break space before ; ! ? and a
 * no-break space before : and inside « »; no-break spaces before % and €, inside numbers with
 * units (« 6 m² », « 7 h 30 ») and dates (« 1er mai »); … for three dots; no space before a
 * comma or a full stop; single spaces.
 */
function typography(text: string): string {
  return (
    text
      .replace(/(?<=[\p{L}\p{M}])'(?=[\p{L}\p{M}])/gu, '’')
      // An elided word is glued to the next: « m’ aide » (from « [nous |m’] aide ») → « m’aide ».
      .replace(
        /(?<![\p{L}\p{M}])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]) +(?=\p{L})/giu,
        (_, w: string) => w.replace("'", '’'),
      )
      .replace(/\.\.\./g, '…')
      .replace(/"([^"\n]+)"/g, '«$1»')
      .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
      .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
      // ; ! ? after a word, a number or a closing sign (not after another ! or ?).
      .replace(/(?<=[^\s?!;:«(])[ \u00A0\u202F]*([;!?])(?=[\s»)"…?!.,]|$)/gu, `${NNBSP}$1`)
      // A colon that ends a clause (not « 10:30 », not « https:// »).
      .replace(/(?<=[^\s(«])[ \u00A0\u202F]*:(?=\s|$)/gu, `${NBSP}:`)
      .replace(/(\d)[ \u00A0\u202F]?(%|€)/gu, `$1${NBSP}$2`)
      .replace(
        new RegExp(String.raw`(\d)[ \u00A0](?=(?:${UNITS})(?![\p{L}\p{N}]))`, 'gu'),
        `$1${NBSP}`,
      )
      .replace(/(\d\u00A0h) (?=\d)/gu, `$1${NBSP}`)
      .replace(new RegExp(String.raw`(\d(?:er)?) (?=(?:${MONTHS})(?!\p{L}))`, 'gu'), `$1${NBSP}`)
      .replace(/(?<=\S) - (?=\S)/gu, ' – ')
      .replace(/[ \u00A0]+(?=[,.](?!\d))/gu, '')
      .replace(/ {2,}/g, ' ')
      .replace(/[ \u00A0\u202F]+$/gmu, '')
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateParts(time: number, options: Intl.DateTimeFormatOptions) {
  const key = JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('fr-FR', { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.formatToParts(time);
}

/** « 1er » for the first day of a month, the number otherwise. */
const dayNumber = (time: number) => {
  const day = new Date(time).getUTCDate();
  return day === 1 ? '1er' : String(day);
};
const month = (time: number) =>
  dateParts(time, { month: 'long' }).find((p) => p.type === 'month')?.value ?? '';
const year = (time: number) => String(new Date(time).getUTCFullYear());

const numberFormat = new Intl.NumberFormat('fr-FR');

/** French: elision and contraction, typography, « vendredi 1er mai », « du 4 au 24 août ». */
export const french: Grammar = {
  junctions: (text) =>
    text.replace(JUNCTION, (_, word: string, value: string) => junction(word, value)),
  typography,
  day(time) {
    const weekday = dateParts(time, { weekday: 'long' }).find((p) => p.type === 'weekday');
    return `${weekday?.value ?? ''} ${dayNumber(time)} ${month(time)}`;
  },
  range(from, until) {
    const sameYear = year(from) === year(until);
    const sameMonth = sameYear && month(from) === month(until);
    const end = `${dayNumber(until)} ${month(until)}${sameYear ? '' : ` ${year(until)}`}`;
    if (sameMonth) return { from: dayNumber(from), until: end };
    return {
      from: `${dayNumber(from)} ${month(from)}${sameYear ? '' : ` ${year(from)}`}`,
      until: end,
    };
  },
  number: (value) => numberFormat.format(value),
};

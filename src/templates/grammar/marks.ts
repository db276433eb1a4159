// Inserted values (a town, a trade, what the artisan typed) travel through composition between
// two private-use marks, so the grammar can see where a phrase ends and a value begins: that is
// where French elides and contracts (« d'Annecy », « du Mans ») and where a sentence may start.

/** Opens an inserted value. */
export const OPEN = '\uE000';
/** Closes an inserted value. */
export const CLOSE = '\uE001';

const MARKS = /[\uE000\uE001]/g;

/** A value wrapped in marks (marks typed inside it, however unlikely, are dropped). */
export function mark(value: string): string {
  return `${OPEN}${value.replace(MARKS, '')}${CLOSE}`;
}

/** The text without marks. */
export function unmark(text: string): string {
  return text.replace(MARKS, '');
}

// An address, a hashtag or a brand written "eBay" keeps its case at the start of a sentence.
const KEEP_CASE = /^(?:\S*@|\S*:\/\/|www\.|#|\p{Ll}+\p{Lu})/u;
const SENTENCE_END = /[.!?«]/u;

/**
 * Capitalises a value that starts a sentence: at the start of a paragraph, or after « . ! ? »
 * or an opening guillemet (« Où ? stand 12 » becomes « Où ? Stand 12 »). After a colon, the
 * value keeps the case it was typed in.
 */
export function capitalizeSentenceStarts(text: string): string {
  let out = '';
  let last = 0;
  for (let i = text.indexOf(OPEN); i !== -1; i = text.indexOf(OPEN, i + 1)) {
    let j = i - 1;
    while (j >= 0 && /[\s\uE000\uE001]/u.test(text[j] ?? '') && text[j] !== '\n') j--;
    const before = j < 0 ? '\n' : (text[j] ?? '\n');
    if (before !== '\n' && !SENTENCE_END.test(before)) continue;
    const value = text.slice(i + 1, text.indexOf(CLOSE, i));
    if (KEEP_CASE.test(value)) continue;
    const first = value.search(/\S/u);
    if (first === -1) continue;
    const letter = value.charAt(first);
    if (letter === letter.toUpperCase()) continue;
    out += `${text.slice(last, i + 1 + first)}${letter.toUpperCase()}`;
    last = i + 2 + first;
  }
  return out + text.slice(last);
}

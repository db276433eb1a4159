// Reading a phrase bank. A phrase is a string or a list of wordings; any node may instead be an
// object with an `any` entry and entries per platform, trade or trade family, the most specific
// one winning (platform, then trade, then family, then `any`). Inside a wording:
//   {vous form|tu form}   the tone: how the reader is addressed;
//   [nous form|je form]   the voice: a team or one person;
//   {{name}}              a value given by the template (marked, so grammar can join it);
//   {{@word}}             a word of the bank's `words` section, chosen for the trade.
import { mark } from './grammar/marks';
import type { PhraseBank, Scope, Vars } from './types';
import { wordingIndex } from './wording';

/** A plain object of the bank (not a list, not a string). */
function isNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node at a dotted path of the bank (ids may hold dashes, never dots). */
export function nodeAt(bank: PhraseBank, path: string): unknown {
  let node: unknown = bank;
  for (const key of path.split('.')) {
    if (!isNode(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Whether a node is a choice per platform, trade or family (it always has `any`). */
export function isScoped(node: unknown): node is Record<string, unknown> & { any: unknown } {
  return isNode(node) && 'any' in node;
}

/** The wordings of a node for a scope, or undefined when it holds none. */
export function wordingsOf(node: unknown, scope: Scope): readonly string[] | undefined {
  let found = node;
  while (isScoped(found)) {
    found = found[scope.platform] ?? found[scope.trade] ?? found[scope.family] ?? found.any;
  }
  if (typeof found === 'string') return [found];
  if (Array.isArray(found) && found.length > 0 && found.every((w) => typeof w === 'string')) {
    return found as string[];
  }
  return undefined;
}

// An alternative may hold {{values}} and the other kind of alternation, one level deep.
const ATOM = String.raw`(?:[^{}[\]|]|\{\{[^{}]*\}\}|\[[^[\]]*\])*`;
const TONE = new RegExp(String.raw`(?<!\{)\{(?!\{)(${ATOM})\|(${ATOM})\}`, 'g');
const VOICE_ATOM = String.raw`(?:[^{}[\]|]|\{\{[^{}]*\}\})*`;
const VOICE = new RegExp(String.raw`\[(${VOICE_ATOM})\|(${VOICE_ATOM})\]`, 'g');

/** A wording with its tone and voice alternatives chosen. */
export function chooseForms(wording: string, scope: Scope): string {
  const tu = scope.tone === 'tu';
  const je = scope.voice === 'je';
  return wording
    .replace(TONE, (_, vous: string, tutoie: string) => (tu ? tutoie : vous))
    .replace(VOICE, (_, nous: string, moi: string) => (je ? moi : nous));
}

/** What filling a wording needs: its values, the bank's words, the seed and the turn. */
export interface Filling {
  bank: PhraseBank;
  scope: Scope;
  vars: Vars;
  seed: string;
  variant: number;
  /** Formats a number for the language. */
  formatNumber(value: number): string;
  /** Told of a value or word the wording names but nobody gave (tests make it fail). */
  onMissing?: (what: string) => void;
}

const SLOT = /\{\{(@?)([\w.-]+)\}\}/g;

/** A word of the bank, chosen for the trade, forms chosen, marked as an inserted value. */
function word(key: string, filling: Filling): string | undefined {
  const words = wordingsOf(nodeAt(filling.bank, key), filling.scope);
  if (!words) {
    filling.onMissing?.(key);
    return undefined;
  }
  const index = wordingIndex(words.length, key, filling.seed, filling.variant);
  return mark(chooseForms(words[index] ?? '', filling.scope));
}

/** One wording among several for this document and turn, forms chosen, values inserted. */
export function pickWording(wordings: readonly string[], key: string, filling: Filling): string {
  const index = wordingIndex(wordings.length, key, filling.seed, filling.variant);
  return fill(wordings[index] ?? '', filling);
}

/** A wording with its forms chosen and its values and words inserted, each one marked. */
export function fill(wording: string, filling: Filling): string {
  return chooseForms(wording, filling.scope).replace(SLOT, (slot, at: string, name: string) => {
    if (at) return word(`words.${name}`, filling) ?? slot;
    const value = filling.vars[name];
    if (value === undefined) {
      filling.onMissing?.(name);
      return slot;
    }
    if (typeof value === 'object') return word(value.ref, filling) ?? slot;
    return mark(typeof value === 'number' ? filling.formatNumber(value) : value);
  });
}

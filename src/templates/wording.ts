// Which wording each phrase takes. Every phrase picks its own, from the document's seed and its
// own key, so two documents rarely open alike and two phrases never move in lockstep across
// documents. "Another wording" adds one to every phrase's index: the text always changes as long
// as one phrase has two wordings, and comes back only after every combination's cycle.

/** FNV-1a, 32 bits: a small, fast, stable hash (not for security). */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The index of the wording a phrase takes among `count`, for a document and a variant. */
export function wordingIndex(count: number, key: string, seed: string, variant: number): number {
  if (count <= 1) return 0;
  const turn = Math.max(0, Math.floor(variant));
  return (hash(`${seed}\u001f${key}`) + turn) % count;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The least common multiple of counts, capped: how many turns before a text comes back. */
export function cycleLength(counts: Iterable<number>, cap = 1000): number {
  let cycle = 1;
  for (const count of counts) {
    if (count > 1) cycle = Math.min(cap, (cycle * count) / gcd(cycle, count));
  }
  return cycle;
}

// Names people type that other screens show: a device's name, a workspace's name. They may hold
// any letter, digit, emoji or punctuation of any script, but no control characters (NUL, line
// breaks, escape sequences), no lone surrogates, and no bidirectional overrides that would make
// a name display as something else ("Trojan Source").

/** Longest device name, in UTF-16 code units. */
export const DEVICE_NAME_MAX = 64;

/** Longest workspace (team) name, in UTF-16 code units. */
export const WORKSPACE_NAME_MAX = 100;

// Cc: C0 and C1 controls (NUL, tab, line feed, ESC…); Cs: a surrogate not part of a pair;
// U+061C, U+200E/F, U+202A–E, U+2066–9: bidirectional marks, embeddings, overrides, isolates;
// U+2028/9: line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\p{Cs}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

/** Whether `name` holds a character no name may hold (controls, bidi overrides, lone surrogates). */
export function hasForbiddenNameCharacter(name: string): boolean {
  return FORBIDDEN.test(name);
}

/** Why a (trimmed) name cannot be used, or null when it can. */
export function nameProblem(name: string, max: number): 'empty' | 'tooLong' | 'characters' | null {
  if (name.length === 0) return 'empty';
  if (name.length > max) return 'tooLong';
  return hasForbiddenNameCharacter(name) ? 'characters' : null;
}

// A business's contact details as they may be printed in a public text: only values that are
// valid, written the French way. A value typed wrongly in the profile is left out rather than
// published (the screen says what is missing).

/** An e-mail address with a user, a domain and a top-level domain. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** French numbers: 0X XX XX XX XX or +33 X XX XX XX XX, with spaces, dots or dashes. */
export const PHONE_PATTERN = /^(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}$/;

/** A French phone number written in pairs (« 06 12 34 56 78 », « +33 6 12 34 56 78 »), or null. */
export function publicPhone(typed: string): string | null {
  const trimmed = typed.trim();
  if (!PHONE_PATTERN.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+33')) {
    const national = digits.slice(2);
    return `+33 ${national[0]} ${national.slice(1).replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  }
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** The e-mail address as typed (trimmed), or null when it is not a valid address. */
export function publicEmail(typed: string): string | null {
  const trimmed = typed.trim();
  return EMAIL_PATTERN.test(trimmed) ? trimmed : null;
}

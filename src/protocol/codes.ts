// Pairing codes and indicator keys: plain functions without zod, so the screens that format a
// code or read a device key do not load the schemas.

/** Pairing-code alphabet: digits and capitals without look-alikes (no 0/O, 1/I/L, U/V). */
export const PAIRING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
/** Characters in a pairing code (29^10 ≈ 4·10^14 possibilities). */
export const PAIRING_CODE_LENGTH = 10;

/** The canonical form of a typed pairing code (upper case, no dashes or spaces), or null. */
export function normalizePairingCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== PAIRING_CODE_LENGTH) return null;
  for (const char of code) if (!PAIRING_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** A canonical pairing code grouped for reading aloud and typing: `K7Q4-MX2P-9T`. */
export function formatPairingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** Splits a device group key ("<name> (<id>)") back into the device's name and id. */
export function parseDeviceKey(key: string): { name: string; id: string } | null {
  const match = /^(.*) \(([0-9a-f-]{36})\)$/.exec(key);
  return match ? { name: match[1]!, id: match[2]! } : null;
}

// Tokens and pairing codes: random, shown once, stored only as SHA-256 hashes.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  formatPairingCode,
  PAIRING_CODE_ALPHABET,
  PAIRING_CODE_LENGTH,
} from '../src/protocol/protocol';

/** How long a pairing code can be redeemed. */
export const PAIRING_CODE_TTL_MS = 24 * 60 * 60 * 1000;

/** Hex SHA-256 of a secret: what the database stores instead of the secret. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A device token: 256 random bits, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A pairing code in its canonical form (10 characters, uniform over the alphabet). */
export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) {
    code += PAIRING_CODE_ALPHABET[randomInt(PAIRING_CODE_ALPHABET.length)];
  }
  return code;
}

/** A new pairing code, grouped for display, with the hash to store. */
export function issuePairingCode(): { display: string; hash: string } {
  const code = newPairingCode();
  return { display: formatPairingCode(code), hash: sha256(code) };
}

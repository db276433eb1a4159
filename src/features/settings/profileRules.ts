import type { CompanyProfile } from '../../db/profile';
import { EMAIL_PATTERN, PHONE_PATTERN } from '../../domain/contact';

/** A field of the profile and the locale key of what is wrong with it. */
export type ProfileErrors = Partial<Record<keyof CompanyProfile, string>>;

const digitsOnly = (value: string) => value.replace(/[\s.-]/g, '');

/** Luhn checksum over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// La Poste's establishments share SIREN 356 000 000 and most do not follow Luhn: their SIRET
// digits add up to a multiple of 5 instead (INSEE rule). The head office follows Luhn.
const LA_POSTE_SIREN = '356000000';

/** `null` when the SIRET is valid, else the locale key of the problem. */
export function siretProblem(raw: string): string | null {
  const siret = digitsOnly(raw);
  if (!/^\d+$/.test(siret)) return 'settings:errors.siretDigits';
  if (siret.length !== 14) return 'settings:errors.siretLength';
  if (luhnValid(siret)) return null;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const sum = [...siret].reduce((total, digit) => total + Number(digit), 0);
    if (sum % 5 === 0) return null;
  }
  return 'settings:errors.siretChecksum';
}

/** `null` when the intra-EU VAT number is a valid French one (matching the SIRET when given). */
export function vatNumberProblem(raw: string, siret: string): string | null {
  const vat = raw.replace(/\s/g, '').toUpperCase();
  const match = /^FR([0-9A-Z]{2})(\d{9})$/.exec(vat);
  if (!match) return 'settings:errors.vatNumberFormat';
  const [, key = '', siren = ''] = match;
  if (/^\d{2}$/.test(key) && Number(key) !== (12 + 3 * (Number(siren) % 97)) % 97) {
    return 'settings:errors.vatNumberKey';
  }
  const siretDigits = digitsOnly(siret);
  if (siretDigits.length === 14 && !siretDigits.startsWith(siren))
    return 'settings:errors.vatNumberSiren';
  return null;
}

const POSTAL_CODE = /^\d{5}$/;
const URL_LIKE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

/**
 * Checks the profile as typed. Empty optional fields are fine; only what is typed wrongly and
 * the company name are errors. Missing legal mentions are reported by `missingMentions`.
 */
export function validateProfile(profile: CompanyProfile): ProfileErrors {
  const errors: ProfileErrors = {};
  if (profile.name.trim() === '') errors.name = 'settings:errors.required';
  if (profile.siret.trim() !== '') {
    const problem = siretProblem(profile.siret);
    if (problem) errors.siret = problem;
  }
  if (profile.email.trim() !== '' && !EMAIL_PATTERN.test(profile.email.trim())) {
    errors.email = 'settings:errors.email';
  }
  if (profile.phone.trim() !== '' && !PHONE_PATTERN.test(profile.phone.trim())) {
    errors.phone = 'settings:errors.phone';
  }
  if (profile.postalCode.trim() !== '' && !POSTAL_CODE.test(profile.postalCode.trim())) {
    errors.postalCode = 'settings:errors.postalCode';
  }
  if (profile.shareCapital.trim() !== '') {
    const amount = Number(profile.shareCapital.replace(/\s/g, '').replace(',', '.'));
    if (!Number.isFinite(amount) || amount < 0) errors.shareCapital = 'settings:errors.amount';
  }
  if (profile.vatRegime === 'normal' && profile.vatNumber.trim() !== '') {
    const problem = vatNumberProblem(profile.vatNumber, profile.siret);
    if (problem) errors.vatNumber = problem;
  }
  if (profile.mediatorWebsite.trim() !== '' && !URL_LIKE.test(profile.mediatorWebsite.trim())) {
    errors.mediatorWebsite = 'settings:errors.url';
  }
  return errors;
}

export { missingMentions } from './mentions';

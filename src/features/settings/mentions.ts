import type { CompanyProfile } from '../../db/profile';
import { needsDecennialInsurance } from '../../domain/trades';

// The mandatory mentions a quote takes from the profile. Apart from the profile's other rules:
// Home counts the missing ones after its first paint and loads only this.

/** The legal mentions a quote will need that the profile does not hold yet. */
export function missingMentions(profile: CompanyProfile): Array<keyof CompanyProfile> {
  const missing: Array<keyof CompanyProfile> = [];
  const blank = (field: keyof CompanyProfile) => String(profile[field]).trim() === '';
  for (const field of ['name', 'siret', 'street', 'postalCode', 'city'] as const) {
    if (blank(field)) missing.push(field);
  }
  if (blank('legalForm')) missing.push('legalForm');
  if (profile.legalForm !== '' && profile.legalForm !== 'ei' && blank('shareCapital')) {
    missing.push('shareCapital');
  }
  if (profile.vatRegime === 'normal' && blank('vatNumber')) missing.push('vatNumber');
  if (needsDecennialInsurance(profile.trade)) {
    for (const field of ['insurerName', 'insurerAddress', 'insuranceCoverage'] as const) {
      if (blank(field)) missing.push(field);
    }
  }
  if (blank('mediatorName')) missing.push('mediatorName');
  return missing;
}

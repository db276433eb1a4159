import type { Trade } from '../domain/trades';
import type { Voice } from '../domain/voice';
import { readMeta, writeMeta } from './meta';
import type { StoredImage } from './schema';

/** Legal forms offered in the profile; `ei` covers micro-entrepreneurs. */
export const LEGAL_FORMS = ['ei', 'eurl', 'sarl', 'sasu', 'sas', 'snc', 'other'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** VAT regime: normal, or the franchise of art. 293 B du CGI (no VAT charged). */
export type VatRegime = 'normal' | 'franchise';

/**
 * The company profile, as typed. Every field is kept as the raw text the artisan entered so a
 * half-filled or invalid form is never lost; validation reads it, it never rewrites it.
 */
export interface CompanyProfile {
  /** The artisan's first name, who signs the texts (the company's name is `name`). */
  ownerName: string;
  name: string;
  legalForm: LegalForm | '';
  shareCapital: string;
  siret: string;
  registration: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  vatRegime: VatRegime;
  vatNumber: string;
  trade: Trade | '';
  /** « je » or « nous » in the texts; '' follows the legal form (see domain/voice.ts). */
  voice: Voice | '';
  insurerName: string;
  insurerAddress: string;
  insuranceCoverage: string;
  insurancePolicy: string;
  mediatorName: string;
  mediatorWebsite: string;
  /** How else to reach the mediator (address, e-mail), printed with the name. */
  mediatorContact: string;
}

/** A blank profile. */
export function emptyProfile(): CompanyProfile {
  return {
    ownerName: '',
    name: '',
    legalForm: '',
    shareCapital: '',
    siret: '',
    registration: '',
    street: '',
    postalCode: '',
    city: '',
    phone: '',
    email: '',
    vatRegime: 'normal',
    vatNumber: '',
    trade: '',
    voice: '',
    insurerName: '',
    insurerAddress: '',
    insuranceCoverage: '',
    insurancePolicy: '',
    mediatorName: '',
    mediatorWebsite: '',
    mediatorContact: '',
  };
}

const KEY = 'profile';

/** The saved profile, completed with blanks for fields added since it was saved. */
export async function loadProfile(): Promise<CompanyProfile> {
  const saved = await readMeta<Partial<CompanyProfile>>(KEY);
  return { ...emptyProfile(), ...saved };
}

/** Saves the whole profile as typed. */
export async function saveProfile(profile: CompanyProfile): Promise<void> {
  await writeMeta(KEY, { ...profile });
}

const LOGO = 'logo';

/** The company's logo, printed at the top of quotes and reports; undefined when none. */
export async function loadLogo(): Promise<StoredImage | undefined> {
  return (await readMeta<StoredImage | null>(LOGO)) ?? undefined;
}

/** Saves the logo (PNG or JPEG bytes), or removes it with `null`. */
export async function saveLogo(logo: StoredImage | null): Promise<void> {
  await writeMeta<StoredImage | null>(LOGO, logo);
}

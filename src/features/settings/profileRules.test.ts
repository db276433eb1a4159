import { describe, expect, it } from 'vitest';
import { type CompanyProfile, emptyProfile } from '../../db/profile';
import { TRADES, type Trade } from '../../domain/trades';
import {
  luhnValid,
  missingMentions,
  siretProblem,
  validateProfile,
  vatNumberProblem,
} from './profileRules';

// Fixtures computed by hand: SIREN 732 829 320 (INSEE's own example) with NIC 00074 passes Luhn,
// and its French VAT key is (12 + 3 × (732829320 mod 97)) mod 97 = 44.
const SIRET = '73282932000074';
const VAT = 'FR44732829320';
// A second, unrelated company: SIREN 404 833 048, NIC 00014, VAT key 83.
const OTHER_SIRET = '40483304800014';
const OTHER_VAT = 'FR83404833048';

/** The French VAT key of a SIREN, computed independently of the code under test. */
const vatKey = (siren: string) => (12 + 3 * (Number(siren) % 97)) % 97;

/** A profile with every mention a building trade needs, all well formed. */
function completeProfile(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    ownerName: 'Paul',
    name: 'Dupont Maçonnerie',
    legalForm: 'sarl',
    shareCapital: '5 000',
    siret: '732 829 320 00074',
    registration: 'RCS Paris 732 829 320',
    street: '12 rue des Artisans',
    postalCode: '69003',
    city: 'Lyon',
    phone: '06 12 34 56 78',
    email: 'contact@dupont-maconnerie.fr',
    vatRegime: 'normal',
    vatNumber: 'FR 44 732829320',
    trade: 'mason',
    voice: '',
    insurerName: 'Assurances du Bâtiment',
    insurerAddress: '1 place de la Bourse, 75002 Paris',
    insuranceCoverage: 'France métropolitaine',
    insurancePolicy: 'DEC-2026-001',
    mediatorName: 'CM2C',
    mediatorWebsite: 'https://www.cm2c.net',
    mediatorContact: '',
    ...overrides,
  };
}

const withFields = (overrides: Partial<CompanyProfile>): CompanyProfile => ({
  ...emptyProfile(),
  name: 'Dupont',
  ...overrides,
});

describe('luhnValid', () => {
  it('accepts numbers whose Luhn sum is a multiple of 10', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid(SIRET)).toBe(true);
    expect(luhnValid('732829320')).toBe(true);
    expect(luhnValid('0')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    for (let last = 0; last <= 9; last += 1) {
      if (last === 3) continue;
      expect(luhnValid(`7992739871${last}`)).toBe(false);
    }
  });

  it('doubles every second digit from the right, not from the left', () => {
    // "18" is valid only when the 1 (second from the right) is doubled: 2 + 8 = 10.
    expect(luhnValid('18')).toBe(true);
    expect(luhnValid('81')).toBe(false);
    // A doubled digit above 9 has 9 taken off: 9 → 18 → 9, and 9 + 1 = 10.
    expect(luhnValid('91')).toBe(true);
  });

  it('catches the swap of two adjacent digits', () => {
    expect(luhnValid('73282932000047')).toBe(false);
    expect(luhnValid('37282932000074')).toBe(false);
  });
});

describe('siretProblem', () => {
  it('accepts valid SIRETs', () => {
    expect(siretProblem(SIRET)).toBeNull();
    expect(siretProblem(OTHER_SIRET)).toBeNull();
    expect(siretProblem('55210055400013')).toBeNull();
  });

  it('accepts the SIRET typed with spaces, dots or dashes', () => {
    expect(siretProblem('732 829 320 00074')).toBeNull();
    expect(siretProblem(' 732829320 00074 ')).toBeNull();
    expect(siretProblem('732.829.320.00074')).toBeNull();
    expect(siretProblem('732-829-320-00074')).toBeNull();
    expect(siretProblem('732\u00a0829\u00a0320\u00a000074')).toBeNull();
  });

  it('reports a wrong length', () => {
    expect(siretProblem('7328293200007')).toBe('settings:errors.siretLength');
    expect(siretProblem('732829320000740')).toBe('settings:errors.siretLength');
    expect(siretProblem('732829320')).toBe('settings:errors.siretLength');
  });

  it('reports anything but digits before the length', () => {
    expect(siretProblem('7328293200007A')).toBe('settings:errors.siretDigits');
    expect(siretProblem('SIRET 732829320')).toBe('settings:errors.siretDigits');
    expect(siretProblem('732/829/320/00074')).toBe('settings:errors.siretDigits');
    expect(siretProblem('')).toBe('settings:errors.siretDigits');
  });

  it('reports a wrong checksum', () => {
    expect(siretProblem('73282932000075')).toBe('settings:errors.siretChecksum');
    expect(siretProblem('73282932000047')).toBe('settings:errors.siretChecksum');
    expect(siretProblem('12345678901234')).toBe('settings:errors.siretChecksum');
  });

  describe('La Poste (SIREN 356 000 000)', () => {
    it('accepts establishments whose digits add up to a multiple of 5, though Luhn fails', () => {
      for (const siret of ['35600000009075', '35600000009093', '356 000 000 00001']) {
        expect(luhnValid(siret.replace(/\s/g, ''))).toBe(false);
        expect(siretProblem(siret)).toBeNull();
      }
    });

    it('rejects establishments whose digit sum is not a multiple of 5', () => {
      // 3 + 5 + 6 + 9 + 9 = 32.
      expect(siretProblem('35600000009090')).toBe('settings:errors.siretChecksum');
      expect(siretProblem('35600000000002')).toBe('settings:errors.siretChecksum');
    });

    it("accepts La Poste's head office, which follows Luhn instead", () => {
      expect(luhnValid('35600000000048')).toBe(true);
      expect(siretProblem('35600000000048')).toBeNull();
    });

    it('applies the exception only to that SIREN', () => {
      // Its digits add up to 20, but SIREN 356 000 001 is not La Poste: Luhn applies, and fails.
      expect(luhnValid('35600000100005')).toBe(false);
      expect(siretProblem('35600000100005')).toBe('settings:errors.siretChecksum');
    });
  });
});

describe('vatNumberProblem', () => {
  it('computes keys as (12 + 3 × (SIREN mod 97)) mod 97', () => {
    expect(vatKey('732829320')).toBe(44);
    expect(vatKey('404833048')).toBe(83);
  });

  it('accepts a French VAT number whose key matches its SIREN', () => {
    expect(vatNumberProblem(VAT, '')).toBeNull();
    expect(vatNumberProblem(OTHER_VAT, '')).toBeNull();
    expect(vatNumberProblem('FR96552100554', '')).toBeNull();
  });

  it('ignores spaces and case', () => {
    expect(vatNumberProblem('FR 44 732 829 320', '')).toBeNull();
    expect(vatNumberProblem('fr44732829320', '')).toBeNull();
  });

  it('accepts a VAT number whose SIREN is the start of the SIRET', () => {
    expect(vatNumberProblem(VAT, SIRET)).toBeNull();
    expect(vatNumberProblem(VAT, '732 829 320 00074')).toBeNull();
  });

  it('reports a key that does not match the SIREN', () => {
    for (const key of ['00', '43', '45', '83', '96']) {
      expect(vatNumberProblem(`FR${key}732829320`, '')).toBe('settings:errors.vatNumberKey');
    }
  });

  it('does not check alphanumeric keys, which follow another algorithm', () => {
    expect(vatNumberProblem('FRA4732829320', '')).toBeNull();
    expect(vatNumberProblem('FRAB732829320', '')).toBeNull();
  });

  it('reports a VAT number that belongs to another company than the SIRET', () => {
    expect(vatNumberProblem(OTHER_VAT, SIRET)).toBe('settings:errors.vatNumberSiren');
    expect(vatNumberProblem(VAT, OTHER_SIRET)).toBe('settings:errors.vatNumberSiren');
  });

  it('skips the SIRET comparison while the SIRET is incomplete', () => {
    expect(vatNumberProblem(VAT, '404 833')).toBeNull();
  });

  it('reports a wrong format', () => {
    for (const vat of [
      '44732829320',
      'FR4473282932',
      'FR447328293201',
      'DE123456789',
      'FR44 732 829 32O',
      'FR',
      '',
    ]) {
      expect(vatNumberProblem(vat, '')).toBe('settings:errors.vatNumberFormat');
    }
  });
});

describe('validateProfile', () => {
  it('requires only the name of an empty profile', () => {
    expect(validateProfile(emptyProfile())).toEqual({ name: 'settings:errors.required' });
  });

  it('treats a name of spaces as missing', () => {
    expect(validateProfile(withFields({ name: '   ' }))).toEqual({
      name: 'settings:errors.required',
    });
  });

  it('finds nothing wrong in a complete, well-formed profile', () => {
    expect(validateProfile(completeProfile())).toEqual({});
  });

  it('ignores optional fields left blank or holding only spaces', () => {
    const blanks = withFields({
      siret: ' ',
      email: ' ',
      phone: ' ',
      postalCode: ' ',
      shareCapital: ' ',
      vatNumber: ' ',
      mediatorWebsite: ' ',
    });
    expect(validateProfile(blanks)).toEqual({});
  });

  it('reports the SIRET problem', () => {
    expect(validateProfile(withFields({ siret: '7328293200007' }))).toEqual({
      siret: 'settings:errors.siretLength',
    });
    expect(validateProfile(withFields({ siret: '73282932000075' }))).toEqual({
      siret: 'settings:errors.siretChecksum',
    });
  });

  it.each(['nom@domaine.fr', 'prenom.nom+devis@artisans.example.com', ' contact@dupont.fr '])(
    'accepts the email %j',
    (email) => {
      expect(validateProfile(withFields({ email })).email).toBeUndefined();
    },
  );

  it.each([
    'nom@domaine',
    'nom@domaine.f',
    'nom domaine.fr',
    'nom@@domaine.fr',
    '@domaine.fr',
    'nom@ domaine.fr',
  ])('rejects the email %j', (email) => {
    expect(validateProfile(withFields({ email }))).toEqual({ email: 'settings:errors.email' });
  });

  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '+33 6 12 34 56 78',
    '+33612345678',
    '01 23 45 67 89',
  ])('accepts the French phone number %j', (phone) => {
    expect(validateProfile(withFields({ phone })).phone).toBeUndefined();
  });

  it.each([
    '06 12 34 56',
    '06 12 34 56 78 90',
    '00 12 34 56 78',
    '6 12 34 56 78',
    '+44 20 7946 0958',
    '06 12 34 56 7A',
  ])('rejects the phone number %j', (phone) => {
    expect(validateProfile(withFields({ phone }))).toEqual({ phone: 'settings:errors.phone' });
  });

  it('accepts 5-digit postal codes, including those starting with 0', () => {
    for (const postalCode of ['75002', '01000', ' 97400 ']) {
      expect(validateProfile(withFields({ postalCode })).postalCode).toBeUndefined();
    }
  });

  it('rejects postal codes that are not 5 digits', () => {
    for (const postalCode of ['7500', '750022', '75 002', '2A004', 'Lyon']) {
      expect(validateProfile(withFields({ postalCode }))).toEqual({
        postalCode: 'settings:errors.postalCode',
      });
    }
  });

  it('accepts share capitals written the French way', () => {
    for (const shareCapital of ['1000', '1 000', '1\u00a0000', '1000,50', '0', '7500.5']) {
      expect(validateProfile(withFields({ shareCapital })).shareCapital).toBeUndefined();
    }
  });

  it('rejects share capitals that are not a non-negative amount', () => {
    for (const shareCapital of ['-100', 'mille', '1 000 €', '10,5,0', 'Infinity']) {
      expect(validateProfile(withFields({ shareCapital }))).toEqual({
        shareCapital: 'settings:errors.amount',
      });
    }
  });

  it('accepts website addresses with or without a scheme', () => {
    for (const mediatorWebsite of [
      'mediateur.fr',
      'www.cm2c.net',
      'https://www.cm2c.net/declarer-un-litige.php',
      'http://medicys.fr/',
    ]) {
      expect(validateProfile(withFields({ mediatorWebsite })).mediatorWebsite).toBeUndefined();
    }
  });

  it('rejects website addresses that are not addresses', () => {
    for (const mediatorWebsite of ['médiateur', 'ftp://cm2c.net', 'cm2c', 'www.cm2c.net/a b']) {
      expect(validateProfile(withFields({ mediatorWebsite }))).toEqual({
        mediatorWebsite: 'settings:errors.url',
      });
    }
  });

  it('checks the VAT number, against the SIRET too, under the normal regime', () => {
    expect(validateProfile(withFields({ vatNumber: 'FR45732829320' }))).toEqual({
      vatNumber: 'settings:errors.vatNumberKey',
    });
    expect(validateProfile(withFields({ vatNumber: 'TVA' }))).toEqual({
      vatNumber: 'settings:errors.vatNumberFormat',
    });
    expect(validateProfile(withFields({ siret: SIRET, vatNumber: OTHER_VAT }))).toEqual({
      vatNumber: 'settings:errors.vatNumberSiren',
    });
    expect(validateProfile(withFields({ siret: SIRET, vatNumber: VAT }))).toEqual({});
  });

  it('ignores the VAT number under the franchise regime', () => {
    const franchise = withFields({ vatRegime: 'franchise', vatNumber: 'pas de TVA' });
    expect(validateProfile(franchise)).toEqual({});
    expect(
      validateProfile(withFields({ vatRegime: 'franchise', siret: SIRET, vatNumber: OTHER_VAT })),
    ).toEqual({});
  });

  it('reports every wrong field at once', () => {
    const profile = completeProfile({
      name: '',
      siret: '123',
      email: 'nom@',
      phone: '123',
      postalCode: 'abc',
      shareCapital: '-1',
      vatNumber: 'FR00732829320',
      mediatorWebsite: 'pas un site',
    });
    expect(validateProfile(profile)).toEqual({
      name: 'settings:errors.required',
      siret: 'settings:errors.siretLength',
      email: 'settings:errors.email',
      phone: 'settings:errors.phone',
      postalCode: 'settings:errors.postalCode',
      shareCapital: 'settings:errors.amount',
      vatNumber: 'settings:errors.vatNumberKey',
      mediatorWebsite: 'settings:errors.url',
    });
  });

  it('never rewrites the profile it checks', () => {
    const profile = completeProfile({ siret: ' 732 829 320 00074 ', email: ' a@b.fr ' });
    const copy = structuredClone(profile);
    validateProfile(profile);
    expect(profile).toEqual(copy);
  });
});

describe('missingMentions', () => {
  const buildingTrades = (Object.keys(TRADES) as Trade[]).filter(
    (trade) => TRADES[trade] === 'building',
  );
  const otherTrades = (Object.keys(TRADES) as Trade[]).filter(
    (trade) => TRADES[trade] !== 'building',
  );

  it('lists every mention of an empty profile, in form order', () => {
    expect(missingMentions(emptyProfile())).toEqual([
      'name',
      'siret',
      'street',
      'postalCode',
      'city',
      'legalForm',
      'vatNumber',
      'mediatorName',
    ]);
  });

  it('finds nothing missing in a complete profile', () => {
    expect(missingMentions(completeProfile())).toEqual([]);
  });

  it('treats fields holding only spaces as missing', () => {
    expect(missingMentions(completeProfile({ city: '  ', mediatorName: '\t' }))).toEqual([
      'city',
      'mediatorName',
    ]);
  });

  it('asks building trades for the decennial insurer, but not for the policy number', () => {
    expect(buildingTrades.length).toBeGreaterThan(0);
    for (const trade of buildingTrades) {
      const profile = completeProfile({
        trade,
        insurerName: '',
        insurerAddress: '',
        insuranceCoverage: '',
        insurancePolicy: '',
      });
      expect(missingMentions(profile)).toEqual([
        'insurerName',
        'insurerAddress',
        'insuranceCoverage',
      ]);
    }
  });

  it('lists only the insurer fields still blank', () => {
    expect(missingMentions(completeProfile({ insurerAddress: '' }))).toEqual(['insurerAddress']);
  });

  it('does not ask other trades, or an unset trade, for an insurer', () => {
    expect(otherTrades.length).toBeGreaterThan(0);
    for (const trade of [...otherTrades, ''] as const) {
      const profile = completeProfile({
        trade,
        insurerName: '',
        insurerAddress: '',
        insuranceCoverage: '',
      });
      expect(missingMentions(profile)).toEqual([]);
    }
  });

  it('asks companies for their share capital, but not sole traders (EI)', () => {
    for (const legalForm of ['eurl', 'sarl', 'sasu', 'sas', 'snc', 'other'] as const) {
      expect(missingMentions(completeProfile({ legalForm, shareCapital: '' }))).toEqual([
        'shareCapital',
      ]);
    }
    expect(missingMentions(completeProfile({ legalForm: 'ei', shareCapital: '' }))).toEqual([]);
  });

  it('asks for the legal form, not the share capital, while the form is unset', () => {
    expect(missingMentions(completeProfile({ legalForm: '', shareCapital: '' }))).toEqual([
      'legalForm',
    ]);
  });

  it('asks for the VAT number under the normal regime only', () => {
    expect(missingMentions(completeProfile({ vatNumber: '' }))).toEqual(['vatNumber']);
    expect(missingMentions(completeProfile({ vatRegime: 'franchise', vatNumber: '' }))).toEqual([]);
  });
});

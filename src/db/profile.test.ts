import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import {
  type CompanyProfile,
  emptyProfile,
  LEGAL_FORMS,
  loadProfile,
  saveProfile,
} from './profile';

const filled: CompanyProfile = {
  ownerName: 'Paul',
  name: 'Dupont Maçonnerie',
  legalForm: 'sarl',
  shareCapital: '5 000',
  siret: '732 829 320 00074',
  registration: 'RCS Lyon 732 829 320',
  street: '12 rue des Artisans',
  postalCode: '69003',
  city: 'Lyon',
  phone: '06 12 34 56 78',
  email: 'contact@dupont.fr',
  vatRegime: 'franchise',
  vatNumber: '',
  trade: 'mason',
  voice: 'nous',
  insurerName: 'Assurances du Bâtiment',
  insurerAddress: '1 place de la Bourse, Paris',
  insuranceCoverage: 'France métropolitaine',
  insurancePolicy: 'DEC-001',
  mediatorName: 'CM2C',
  mediatorWebsite: 'cm2c.net',
  mediatorContact: '',
};

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('emptyProfile', () => {
  it('is blank text everywhere, with VAT charged by default', () => {
    const profile = emptyProfile();
    const { vatRegime, ...rest } = profile;
    expect(vatRegime).toBe('normal');
    expect(Object.values(rest).every((value) => value === '')).toBe(true);
  });

  it('returns a new object each time', () => {
    const first = emptyProfile();
    first.name = 'changed';
    expect(emptyProfile().name).toBe('');
  });
});

describe('LEGAL_FORMS', () => {
  it('lists each form once, sole traders (EI) included', () => {
    expect(new Set(LEGAL_FORMS).size).toBe(LEGAL_FORMS.length);
    expect(LEGAL_FORMS).toContain('ei');
  });
});

describe('loadProfile', () => {
  it('returns a blank profile when nothing was saved', async () => {
    expect(await loadProfile()).toEqual(emptyProfile());
  });

  it('fills fields added since the profile was saved with blanks', async () => {
    // A profile saved by an older version that knew only a few fields.
    await db.meta.put({ key: 'profile', value: { name: 'Dupont', siret: '73282932000074' } });
    expect(await loadProfile()).toEqual({
      ...emptyProfile(),
      name: 'Dupont',
      siret: '73282932000074',
    });
  });
});

describe('saveProfile', () => {
  it('round-trips every field as typed', async () => {
    await saveProfile(filled);
    expect(await loadProfile()).toEqual(filled);
  });

  it('keeps invalid and half-typed values as they are', async () => {
    const typed = { ...emptyProfile(), siret: '732 82', email: 'nom@', shareCapital: '-1' };
    await saveProfile(typed);
    expect(await loadProfile()).toEqual(typed);
  });

  it('replaces the previous profile, including fields emptied since', async () => {
    await saveProfile(filled);
    await saveProfile({ ...filled, insurancePolicy: '', city: 'Villeurbanne' });
    const loaded = await loadProfile();
    expect(loaded.insurancePolicy).toBe('');
    expect(loaded.city).toBe('Villeurbanne');
    expect(await db.meta.count()).toBe(1);
  });

  it('stores a copy: later changes to the object are not saved', async () => {
    const profile = { ...filled };
    await saveProfile(profile);
    profile.name = 'Changed after saving';
    expect((await loadProfile()).name).toBe(filled.name);
  });
});

import { describe, expect, it } from 'vitest';
import { publicEmail, publicPhone } from './contact';

describe('publicPhone', () => {
  it('writes French numbers in pairs, however they were typed', () => {
    expect(publicPhone('0612345678')).toBe('06 12 34 56 78');
    expect(publicPhone(' 06.12.34.56.78 ')).toBe('06 12 34 56 78');
    expect(publicPhone('04-78-12-34-56')).toBe('04 78 12 34 56');
    expect(publicPhone('+33612345678')).toBe('+33 6 12 34 56 78');
    expect(publicPhone('+33 6 12 34 56 78')).toBe('+33 6 12 34 56 78');
  });

  it('leaves out what is not a phone number', () => {
    expect(publicPhone('')).toBeNull();
    expect(publicPhone('061234567')).toBeNull();
    expect(publicPhone('0012345678')).toBeNull();
    expect(publicPhone('06 12 34 56 78 90')).toBeNull();
  });
});

describe('publicEmail', () => {
  it('keeps a valid address, trimmed', () => {
    expect(publicEmail(' karim@boulangerie.fr ')).toBe('karim@boulangerie.fr');
  });

  it('leaves out an address cut short', () => {
    expect(publicEmail('karim@')).toBeNull();
    expect(publicEmail('karim@boulangerie')).toBeNull();
    expect(publicEmail('')).toBeNull();
  });
});

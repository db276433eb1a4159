import { describe, expect, it } from 'vitest';
import { isOwnCache } from './cleanup';
import { isLocaleFile, LOCALE_CACHE } from './locales';

const ORIGIN = 'https://etabli.example';

describe('isLocaleFile', () => {
  it('matches the hashed files of a language', () => {
    for (const path of [
      '/assets/locale-en-social-DbsQ_sbi.js',
      '/assets/locale-en-common-aXW6mGEW.js',
      '/assets/locale-de-quotes-Dx8Rx-qdm.js',
    ]) {
      expect(isLocaleFile(new URL(path, ORIGIN), ORIGIN), path).toBe(true);
    }
  });

  it('leaves other files, other origins and other places alone', () => {
    for (const [path, origin] of [
      ['/assets/social-DbsQ_sbi.js', ORIGIN],
      ['/assets/core-BHYYs-hT.js', ORIGIN],
      ['/locale-en-social-DbsQ_sbi.js', ORIGIN],
      ['/assets/locale-en-social-DbsQ_sbi.js.map', ORIGIN],
      ['/v1/assets/locale-en-social.js', ORIGIN],
    ] as const) {
      expect(isLocaleFile(new URL(path, origin), ORIGIN), path).toBe(false);
    }
    expect(
      isLocaleFile(new URL('/assets/locale-en-social-a.js', 'https://cdn.example'), ORIGIN),
    ).toBe(false);
  });

  it('keeps its cache through the clean-up of old caches', () => {
    expect(isOwnCache(LOCALE_CACHE)).toBe(true);
  });
});

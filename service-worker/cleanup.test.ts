import { describe, expect, it } from 'vitest';
import { isOwnCache } from './cleanup';

describe('isOwnCache', () => {
  it("keeps Workbox's precache, whatever its prefix and suffix", () => {
    expect(isOwnCache('workbox-precache-v2-https://etabli.example/')).toBe(true);
    expect(isOwnCache('workbox-precache-v2-http://127.0.0.1:8080/')).toBe(true);
    expect(isOwnCache('precache')).toBe(true);
  });

  it('keeps the caches named by the app', () => {
    expect(isOwnCache('etabli-fonts-v1')).toBe(true);
    expect(isOwnCache('etabli-')).toBe(true);
  });

  it('deletes everything else', () => {
    for (const name of [
      'workbox-runtime-https://etabli.example/',
      'other-app-v1',
      'my-etabli-cache',
      'Etabli-fonts',
      'établi-v1',
      'etabli',
      '',
    ]) {
      expect(isOwnCache(name), name).toBe(false);
    }
  });
});

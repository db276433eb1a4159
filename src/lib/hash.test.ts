import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './hash';

describe('canonicalJson', () => {
  it('ignores key order at every level and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('writes bytes as numbers', () => {
    expect(canonicalJson({ image: new Uint8Array([1, 255]) })).toBe('{"image":{"bytes":[1,255]}}');
  });
});

describe('sha256Hex', () => {
  it('gives the standard digest', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('Devis œ €')).toMatch(/^[0-9a-f]{64}$/);
  });
});

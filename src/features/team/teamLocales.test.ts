import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/team.json';
import fr from '../../../locales/fr/team.json';
import { ROLES } from '../../sync/protocol';

// The `team` namespace is looked up through `tm()` (strings.ts), which the app-wide locale test
// does not scan: this one holds the same promises for it.

/** Every leaf as `dot.path → text`. */
function flatten(node: unknown, prefix = ''): Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return { [prefix]: node };
  return Object.assign(
    {},
    ...Object.entries(node).map(([key, value]) =>
      flatten(value, prefix ? `${prefix}.${key}` : key),
    ),
  );
}

const languages = { fr: flatten(fr), en: flatten(en) };
const frKeys = new Set(Object.keys(languages.fr));
const variables = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]).sort();
const existsInFr = (key: string) =>
  frKeys.has(key) || (frKeys.has(`${key}_one`) && frKeys.has(`${key}_other`));

const sources = import.meta.glob<string>(['./*.{ts,tsx}', '!./*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('team strings', () => {
  it('have the same keys, all non-blank strings, in French and English', () => {
    expect(Object.keys(languages.en).sort()).toEqual(Object.keys(languages.fr).sort());
    for (const strings of Object.values(languages)) {
      for (const [key, value] of Object.entries(strings)) {
        expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      }
    }
  });

  it('interpolate the same variables in both languages', () => {
    for (const key of frKeys) {
      expect(variables(languages.en[key]), key).toEqual(variables(languages.fr[key]));
    }
  });

  it('have a French text for every literal tm(…) key of the feature', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\btm\(\s*(['"])([^'"]+)\1/g)) used.add(match[2] ?? '');
    }
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('have the dynamic keys: device kinds, roles, errors, event types', () => {
    const dynamic = [
      ...['iphone', 'ipad', 'android', 'other'].map((kind) => `pair.defaultName.${kind}`),
      ...ROLES.map((role) => `workspace.roles.${role}`),
      ...['codeFormat', 'nameMissing', 'unauthorized', 'offline', 'rateLimited', 'other'].map(
        (kind) => `pairErrors.${kind}`,
      ),
      ...[
        'offline',
        'unauthorized',
        'forbidden',
        'invalid',
        'tooLarge',
        'rateLimited',
        'server',
        'notPaired',
      ].map((kind) => `syncErrors.${kind}`),
      ...['time_saved', 'rating', 'document_validated', 'retraction'].map(
        (type) => `parked.types.${type}`,
      ),
    ];
    expect(dynamic.filter((key) => !existsInFr(key))).toEqual([]);
  });
});

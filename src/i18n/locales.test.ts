import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enCompose from '../../locales/en/compose.json';
import frCommon from '../../locales/fr/common.json';
import frCompose from '../../locales/fr/compose.json';

// The UI's strings: `common` (loaded at start) and `compose` (loaded with the template screens),
// looked up together through i18next's fallback namespace.
const fr = { ...frCommon, ...frCompose };
const en = { ...enCommon, ...enCompose };

import { emptyProfile, LEGAL_FORMS, type VatRegime } from '../db/profile';
import type { ThemeChoice } from '../db/settings';
import { TIME_CATEGORIES } from '../domain/categories';
import type { DocumentKind } from '../domain/documents';
import { TRADE_FAMILIES, TRADES } from '../domain/trades';
import type { SaveState } from '../features/settings/profileState';
import { flatten, hasKey, variables } from './localeChecks';

type Strings = Record<string, string>;

const languages = { fr: flatten(fr), en: flatten(en) };
const frKeys = new Set(Object.keys(languages.fr));

/** Whether `t(key)` finds a French text, directly or through i18next plural forms. */
const existsInFr = (key: string) => hasKey(frKeys, key);

// The app's own source, as text (tests excluded: they mention keys on purpose).
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('locale files', () => {
  it('hold only strings', () => {
    for (const [lang, strings] of Object.entries(languages)) {
      const notText = Object.entries(strings).filter(([, value]) => typeof value !== 'string');
      expect(notText, lang).toEqual([]);
    }
  });

  it('have exactly the same keys in French and English', () => {
    const fr = Object.keys(languages.fr).sort();
    const en = Object.keys(languages.en).sort();
    expect(
      en.filter((key) => !frKeys.has(key)),
      'only in English',
    ).toEqual([]);
    expect(
      fr.filter((key) => !(key in languages.en)),
      'only in French',
    ).toEqual([]);
  });

  it('have no empty or blank text', () => {
    for (const [lang, strings] of Object.entries(languages)) {
      const blank = Object.keys(strings).filter((key) => String(strings[key]).trim() === '');
      expect(blank, lang).toEqual([]);
    }
  });

  it('interpolate the same variables in both languages', () => {
    const differing = Object.keys(languages.fr)
      .filter((key) => key in languages.en)
      .filter((key) => variables(languages.fr[key]).join() !== variables(languages.en[key]).join());
    expect(differing).toEqual([]);
  });

  it('give both plural forms wherever one is given', () => {
    for (const key of frKeys) {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (!plural) continue;
      expect(frKeys.has(`${plural[1]}_one`) && frKeys.has(`${plural[1]}_other`), key).toBe(true);
      expect(variables(languages.fr[key]), key).toContain('count');
    }
  });
});

describe('keys used in the source', () => {
  it('finds the source files to scan', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(Object.keys(sources).some((path) => path.endsWith('/app/BottomNav.tsx'))).toBe(true);
  });

  it('has a French text for every literal t(…) call', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\(\s*(['"`])([^'"`$]+?)\1/g)) used.add(match[2] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  it('has a French text for every key written as a string elsewhere (labels, error keys)', () => {
    // Keys kept in data (`label: 'nav.home'`) or returned by rules (`'errors.siretLength'`)
    // reach t() later; any literal under a namespace of the locale file counts as a key.
    const namespaces = new Set(Object.keys(fr));
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/(['"`])([a-zA-Z]+(?:\.[\w-]+)+)\1/g)) {
        const key = match[2] ?? '';
        if (namespaces.has(key.split('.')[0] ?? '')) used.add(key);
      }
    }
    expect(used).toContain('nav.home');
    expect(used).toContain('errors.siretChecksum');
    expect([...used].filter((key) => !existsInFr(key))).toEqual([]);
  });

  describe('dynamic key families', () => {
    // Unions that exist only as types are listed here; the checks below make tsc fail when a
    // member is added to the type but not to the list.
    const DOCUMENT_KINDS = ['review-reply', 'social-post', 'quote', 'doe'] as const;
    const VAT_REGIMES = ['normal', 'franchise'] as const;
    const SAVE_STATES = ['idle', 'saving', 'saved'] as const;
    const THEMES = ['system', 'light', 'dark'] as const;
    const complete: [
      Exclude<DocumentKind, (typeof DOCUMENT_KINDS)[number]>,
      Exclude<VatRegime, (typeof VAT_REGIMES)[number]>,
      Exclude<SaveState, (typeof SAVE_STATES)[number]>,
      Exclude<ThemeChoice, (typeof THEMES)[number]>,
    ] extends [never, never, never, never]
      ? true
      : false = true;

    const families: Record<string, readonly string[]> = {
      trades: Object.keys(TRADES),
      tradeFamilies: TRADE_FAMILIES,
      legalForms: LEGAL_FORMS,
      categories: TIME_CATEGORIES,
      documentKinds: DOCUMENT_KINDS,
      'profile.fields': Object.keys(emptyProfile()),
      'profile.vat': VAT_REGIMES,
      'profile.save': SAVE_STATES,
      'settings.themes': THEMES,
    };

    it.each(Object.entries(families))('%s.<id> has a French text for every id', (family, ids) => {
      expect(complete).toBe(true);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => !existsInFr(`${family}.${id}`))).toEqual([]);
    });

    it.each(Object.entries(families))('%s has no entry for an id the code lacks', (family, ids) => {
      const entries = family
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], fr);
      expect(Object.keys(entries as Strings).filter((id) => !ids.includes(id))).toEqual([]);
    });
  });
});

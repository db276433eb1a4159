import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enCompose from '../../locales/en/compose.json';
import enSettings from '../../locales/en/settings.json';
import enTrades from '../../locales/en/trades.json';
import frCommon from '../../locales/fr/common.json';
import frCompose from '../../locales/fr/compose.json';
import frSettings from '../../locales/fr/settings.json';
import frTrades from '../../locales/fr/trades.json';
import { emptyProfile, LEGAL_FORMS, type VatRegime } from '../db/profile';
import type { ThemeChoice } from '../db/settings';
import { TIME_CATEGORIES } from '../domain/categories';
import type { DocumentKind } from '../domain/documents';
import { TRADE_FAMILIES, TRADES } from '../domain/trades';
import type { SaveState } from '../features/settings/profileState';
import {
  flatten,
  hasKey,
  literalKeys,
  parityProblems,
  splitKey,
  variables,
  writtenKeys,
} from './localeChecks';

// Screen strings are looked up with one `t()`: `t('nav.home')` in `common` (loaded at start),
// `t('compose:history.title')` in `compose` (loaded with the template screens). The feature
// namespaces `timelog` and `team` are checked the same way by the tests beside their features.
const namespaces = {
  common: { fr: frCommon, en: enCommon },
  compose: { fr: frCompose, en: enCompose },
  settings: { fr: frSettings, en: enSettings },
  trades: { fr: frTrades, en: enTrades },
};
type Namespace = keyof typeof namespaces;
const NAMESPACES = Object.keys(namespaces) as Namespace[];

type Strings = Record<string, string>;

const frKeys = {
  common: new Set(Object.keys(flatten(frCommon))),
  compose: new Set(Object.keys(flatten(frCompose))),
  settings: new Set(Object.keys(flatten(frSettings))),
  trades: new Set(Object.keys(flatten(frTrades))),
};

/** Whether `t('ns:key')` finds a French text, directly or through i18next plural forms. */
const existsInFr = (ns: Namespace, key: string) => hasKey(frKeys[ns], key);

/** The top-level sections of a namespace (a dotted literal starting with one is a key). */
const sections = (ns: Namespace) => new Set(Object.keys(namespaces[ns].fr));

// The app's own source, as text (tests excluded: they mention keys on purpose).
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe.each(NAMESPACES)('locale files of %s', (ns) => {
  const languages = { fr: flatten(namespaces[ns].fr), en: flatten(namespaces[ns].en) };

  it('hold only strings', () => {
    for (const [lang, strings] of Object.entries(languages)) {
      const notText = Object.entries(strings).filter(([, value]) => typeof value !== 'string');
      expect(notText, lang).toEqual([]);
    }
  });

  it('have the same keys and variables, all non-blank, in French and English', () => {
    expect(parityProblems(namespaces[ns].fr, namespaces[ns].en)).toEqual([]);
  });

  it('give both plural forms wherever one is given', () => {
    for (const key of frKeys[ns]) {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (!plural) continue;
      const both = frKeys[ns].has(`${plural[1]}_one`) && frKeys[ns].has(`${plural[1]}_other`);
      expect(both, key).toBe(true);
      expect(variables(languages.fr[key]), key).toContain('count');
    }
  });
});

describe('keys used in the source', () => {
  it('finds the source files to scan', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(Object.keys(sources).some((path) => path.endsWith('/app/BottomNav.tsx'))).toBe(true);
  });

  it('looks up every screen string through the one t(), in the namespace the key names', () => {
    // No second lookup function and no fallback namespace: a key says where it lives.
    const others = Object.entries(sources).filter(
      ([path, text]) =>
        path !== './localeChecks.ts' &&
        /\b(tl|tm)\(|fallbackNS|\bns: '(common|compose|timelog|team)'/.test(text),
    );
    expect(others.map(([path]) => path)).toEqual([]);
  });

  it.each(NAMESPACES)('has a French text for every literal t(…) key of %s', (ns) => {
    const used = literalKeys(sources, ns);
    // `trades` is two labels and the names of the trades (a dynamic family, checked below).
    expect(used.size).toBeGreaterThan(ns === 'trades' ? 1 : 30);
    expect([...used].filter((key) => !existsInFr(ns, key))).toEqual([]);
  });

  it.each(NAMESPACES)('has a French text for every key of %s written as a string', (ns) => {
    // Keys kept in data (`label: 'nav.home'`), returned by rules (`'errors.siretChecksum'`) or
    // given to an action as the message of its failure (`'compose:compose.saveFailed'`).
    const used = writtenKeys(sources, ns, sections(ns));
    expect([...used].filter((key) => !existsInFr(ns, key))).toEqual([]);
  });

  it('finds the keys written as strings', () => {
    expect(writtenKeys(sources, 'common', sections('common'))).toContain('nav.home');
    expect(writtenKeys(sources, 'settings', sections('settings'))).toContain(
      'errors.siretChecksum',
    );
    expect(writtenKeys(sources, 'compose', sections('compose'))).toContain('compose.saveFailed');
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
      'trades:names': Object.keys(TRADES),
      tradeFamilies: TRADE_FAMILIES,
      'settings:legalForms': LEGAL_FORMS,
      categories: TIME_CATEGORIES,
      documentKinds: DOCUMENT_KINDS,
      'settings:profile.fields': Object.keys(emptyProfile()),
      'settings:profile.vat': VAT_REGIMES,
      'settings:profile.save': SAVE_STATES,
      'settings:settings.themes': THEMES,
    };
    const where = (family: string) => {
      const { ns, key } = splitKey(family);
      return { ns: ns as Namespace, key };
    };

    it.each(Object.entries(families))('%s.<id> has a French text for every id', (family, ids) => {
      expect(complete).toBe(true);
      expect(ids.length).toBeGreaterThan(0);
      const { ns, key } = where(family);
      expect(ids.filter((id) => !existsInFr(ns, `${key}.${id}`))).toEqual([]);
    });

    it.each(Object.entries(families))('%s has no entry for an id the code lacks', (family, ids) => {
      const { ns, key } = where(family);
      const entries = key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)[part],
          namespaces[ns].fr,
        );
      expect(Object.keys(entries as Strings).filter((id) => !ids.includes(id))).toEqual([]);
    });
  });
});

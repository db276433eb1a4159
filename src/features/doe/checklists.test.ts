import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/doe.json';
import fr from '../../../locales/fr/doe.json';
import { TRADES, type Trade } from '../../domain/trades';
import {
  allChecklistItemIds,
  CHECKLIST_IDS,
  CHECKLISTS,
  composeChecklists,
  defaultChecklists,
  isChecklistId,
} from './checklists';

type Words = { checklists: Record<string, unknown>; items: Record<string, unknown> };
const LOCALES: Record<string, Words> = { fr, en };
const text = (node: unknown, key: string) =>
  typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;

describe('checklists', () => {
  it('cover every trade the issue names, and the common items', () => {
    expect(CHECKLIST_IDS).toEqual([
      'electrical',
      'plumbing-heating',
      'joinery',
      'finishes',
      'roofing',
      'masonry',
      'insulation',
      'common',
    ]);
    expect(CHECKLISTS.common.map((item) => item.id)).toEqual(
      expect.arrayContaining([
        'as-built-plans',
        'data-sheets',
        'manuals',
        'maintenance',
        'warranties',
        'waste-records',
        'test-reports',
        'hidden-work-photos',
        'acceptance-report',
      ]),
    );
  });

  it.each(CHECKLIST_IDS)('%s lists each item once, required ones included', (id) => {
    const ids = CHECKLISTS[id].map((item) => item.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CHECKLISTS[id].some((item) => item.required)).toBe(true);
    for (const itemId of ids) expect(itemId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives a shared item the same required flag in every checklist', () => {
    const flags = new Map<string, boolean>();
    for (const id of CHECKLIST_IDS) {
      for (const item of CHECKLISTS[id]) {
        expect(flags.get(item.id) ?? item.required, item.id).toBe(item.required);
        flags.set(item.id, item.required);
      }
    }
  });

  it.each(Object.keys(LOCALES))('has a title, a label and a help for everything in %s', (lang) => {
    const words = LOCALES[lang]!;
    for (const id of CHECKLIST_IDS) {
      expect(String(text(words.checklists[id], 'title') ?? '').trim(), id).not.toBe('');
      expect(String(text(words.checklists[id], 'text') ?? '').trim(), id).not.toBe('');
    }
    for (const id of allChecklistItemIds()) {
      const label = String(text(words.items[id], 'label') ?? '');
      const help = String(text(words.items[id], 'help') ?? '');
      expect(label.trim(), `${lang} ${id} label`).not.toBe('');
      // One or two lines on a phone: what the document is and who provides it.
      expect(help.length, `${lang} ${id} help`).toBeGreaterThan(40);
      expect(help.length, `${lang} ${id} help`).toBeLessThanOrEqual(200);
      expect(help.split(/[.!?](?:\s|$)/).filter(Boolean).length, `${lang} ${id}`).toBeLessThan(4);
    }
  });

  it('has no words for an item or checklist the code lacks', () => {
    for (const words of Object.values(LOCALES)) {
      expect(Object.keys(words.items).sort()).toEqual(allChecklistItemIds().sort());
      expect(Object.keys(words.checklists).sort()).toEqual([...CHECKLIST_IDS].sort());
    }
  });

  it('labels items differently within a language, so a DOE never shows two alike', () => {
    for (const words of Object.values(LOCALES)) {
      const labels = allChecklistItemIds().map((id) => text(words.items[id], 'label'));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});

describe('composeChecklists', () => {
  it('lists the trades’ items first, common ones last, a shared item once', () => {
    const items = composeChecklists(['common', 'electrical']);
    const ids = items.map((item) => item.id);
    expect(ids.slice(0, 3)).toEqual(['single-line-diagram', 'layout-plans', 'board-labels']);
    expect(ids.filter((id) => id === 'manuals')).toHaveLength(1);
    expect(ids.indexOf('manuals')).toBeLessThan(ids.indexOf('as-built-plans'));
    expect(new Set(ids)).toEqual(
      new Set([...CHECKLISTS.electrical, ...CHECKLISTS.common].map((item) => item.id)),
    );
  });

  it('is empty without checklists', () => {
    expect(composeChecklists([])).toEqual([]);
  });
});

describe('defaultChecklists', () => {
  it("starts with the trade's checklist, then the common one", () => {
    expect(defaultChecklists('electrician')).toEqual(['electrical', 'common']);
    expect(defaultChecklists('plasterer-painter')).toEqual(['finishes', 'common']);
    expect(defaultChecklists('')).toEqual(['common']);
    expect(defaultChecklists('baker')).toEqual(['common']);
  });

  it('offers a trade checklist for every building trade that hands over a DOE', () => {
    const building = (Object.keys(TRADES) as Trade[]).filter(
      (trade) => TRADES[trade] === 'building',
    );
    const without = building.filter((trade) => defaultChecklists(trade).length === 1);
    // Locksmiths and landscapers rarely owe a DOE: the common checklist serves them.
    expect(without).toEqual(['locksmith', 'landscaper']);
  });

  it('recognises checklist ids', () => {
    expect(isChecklistId('electrical')).toBe(true);
    expect(isChecklistId('toString')).toBe(false);
    expect(isChecklistId(3)).toBe(false);
  });
});

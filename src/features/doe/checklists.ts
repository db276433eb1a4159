import type { Trade } from '../../domain/trades';

// The DOE (dossier des ouvrages exécutés) checklists, as data. Structure is code, words are in
// locales/<lang>/doe.json: `checklists.<id>.title`, `items.<id>.label` and `items.<id>.help`
// (what the document is and who provides it). An item id is global: an item that several trades
// need (manuals, warranties…) is one item listed by each, so a DOE made from several checklists
// holds it once.

/** One document a DOE may hold. */
export interface ChecklistItem {
  id: string;
  /** Owed to the customer for the DOE to be complete (optional items may not apply). */
  required: boolean;
}

/** The documents every DOE gathers, whatever the trade. */
const COMMON: readonly ChecklistItem[] = [
  { id: 'as-built-plans', required: true },
  { id: 'data-sheets', required: true },
  { id: 'manuals', required: true },
  { id: 'maintenance', required: true },
  { id: 'warranties', required: true },
  { id: 'waste-records', required: true },
  { id: 'test-reports', required: false },
  { id: 'certificates', required: false },
  { id: 'hidden-work-photos', required: true },
  { id: 'contacts', required: false },
  { id: 'acceptance-report', required: true },
  { id: 'diuo', required: false },
];

const item = (id: string): ChecklistItem => {
  const found = COMMON.find((common) => common.id === id);
  if (!found) throw new Error(`No common DOE item ${id}`);
  return found;
};

/** Every checklist by id, in the order the app offers them and a DOE lists them (common last). */
export const CHECKLISTS = {
  electrical: [
    { id: 'single-line-diagram', required: true },
    { id: 'layout-plans', required: true },
    { id: 'board-labels', required: true },
    { id: 'consuel', required: true },
    { id: 'self-check-sheet', required: true },
    { id: 'earth-resistance', required: true },
    { id: 'rcd-tests', required: true },
    item('manuals'),
    item('warranties'),
  ],
  'plumbing-heating': [
    { id: 'network-plans', required: true },
    { id: 'pressure-test', required: true },
    { id: 'commissioning-report', required: true },
    { id: 'servicing-reminder', required: true },
    { id: 'gas-certificate', required: false },
    item('manuals'),
    item('warranties'),
  ],
  joinery: [
    { id: 'joinery-product-sheets', required: true },
    { id: 'installation-method', required: true },
    item('maintenance'),
    item('warranties'),
  ],
  finishes: [
    { id: 'finish-safety-sheets', required: true },
    { id: 'colour-references', required: true },
    { id: 'fire-classification', required: false },
    item('maintenance'),
  ],
  roofing: [
    { id: 'roofing-product-sheets', required: true },
    item('hidden-work-photos'),
    item('warranties'),
    item('maintenance'),
  ],
  masonry: [
    { id: 'masonry-product-sheets', required: true },
    { id: 'concrete-delivery-notes', required: false },
    item('hidden-work-photos'),
    item('warranties'),
  ],
  insulation: [
    { id: 'insulation-certificates', required: true },
    { id: 'insulation-record', required: true },
    item('hidden-work-photos'),
    item('warranties'),
  ],
  common: COMMON,
} as const satisfies Record<string, readonly ChecklistItem[]>;

/** A checklist's id. */
export type ChecklistId = keyof typeof CHECKLISTS;

/** Checklist ids, in the order the app offers them (common last). */
export const CHECKLIST_IDS = Object.keys(CHECKLISTS) as ChecklistId[];

/** Whether `value` names a checklist. */
export function isChecklistId(value: unknown): value is ChecklistId {
  return typeof value === 'string' && Object.hasOwn(CHECKLISTS, value);
}

/** Which trade checklist fits each building trade of the company profile. */
const BY_TRADE: Partial<Record<Trade, ChecklistId>> = {
  electrician: 'electrical',
  plumber: 'plumbing-heating',
  joiner: 'joinery',
  carpenter: 'joinery',
  'plasterer-painter': 'finishes',
  tiler: 'finishes',
  roofer: 'roofing',
  mason: 'masonry',
  insulation: 'insulation',
};

/** The checklists a new DOE starts with: the trade's own (when it has one) and the common one. */
export function defaultChecklists(trade: Trade | ''): ChecklistId[] {
  const own = trade === '' ? undefined : BY_TRADE[trade];
  return own ? [own, 'common'] : ['common'];
}

/**
 * The items of a DOE made from several checklists, each item once: the trades' own documents
 * first, then the common ones (an item shared by two checklists keeps its first place).
 */
export function composeChecklists(ids: readonly ChecklistId[]): ChecklistItem[] {
  const seen = new Set<string>();
  const items: ChecklistItem[] = [];
  for (const id of CHECKLIST_IDS.filter((candidate) => ids.includes(candidate))) {
    for (const entry of CHECKLISTS[id]) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      items.push(entry);
    }
  }
  return items;
}

/** Every item id of every checklist, once. */
export function allChecklistItemIds(): string[] {
  return composeChecklists(CHECKLIST_IDS).map((entry) => entry.id);
}

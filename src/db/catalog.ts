// The artisan's item library: saved lines, grouped by section, added to a quote in two taps.
import type { VatRate } from '../domain/quotes';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './database';
import type { CatalogItem } from './schema';

/** What a library item holds. */
export type CatalogFields = Pick<
  CatalogItem,
  'section' | 'designation' | 'unit' | 'unitPrice' | 'vatRate'
>;

/** Throws a RangeError unless the item can be stored (the screens validate first). */
function checkItem(fields: CatalogFields): void {
  if (fields.designation.trim() === '') throw new RangeError('A library item needs a designation');
  if (!Number.isSafeInteger(fields.unitPrice) || fields.unitPrice < 0) {
    throw new RangeError(`Invalid unit price ${fields.unitPrice}`);
  }
}

/** Saves a line into the library and returns the new item. */
export async function addCatalogItem(fields: CatalogFields): Promise<CatalogItem> {
  checkItem(fields);
  const at = now();
  const item: CatalogItem = {
    ...fields,
    section: fields.section.trim(),
    id: newId(),
    createdAt: at,
    updatedAt: at,
  };
  await db.catalogItems.add(item);
  return item;
}

/** Every library item, by section then designation. */
export async function listCatalog(): Promise<CatalogItem[]> {
  const items = await db.catalogItems.toArray();
  return items.sort(
    (a, b) =>
      a.section.localeCompare(b.section, 'fr') || a.designation.localeCompare(b.designation, 'fr'),
  );
}

/** Removes an item and returns it (for undo). */
export async function deleteCatalogItem(id: string): Promise<CatalogItem | undefined> {
  return db.transaction('rw', db.catalogItems, async () => {
    const item = await db.catalogItems.get(id);
    if (item) await db.catalogItems.delete(id);
    return item;
  });
}

/** Puts back a deleted item. */
export async function restoreCatalogItem(item: CatalogItem): Promise<void> {
  await db.catalogItems.put(item);
}

/** Library sections in use, sorted. */
export async function catalogSections(): Promise<string[]> {
  const sections = new Set(
    (await db.catalogItems.toArray()).map((item) => item.section).filter(Boolean),
  );
  return [...sections].sort((a, b) => a.localeCompare(b, 'fr'));
}

/** Default VAT rate of a new library item. */
export const DEFAULT_CATALOG_RATE: VatRate = 2000;

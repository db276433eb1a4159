// The artisan's item library as the screens use it: read live, added to from the library screen
// or from a quote's line, removed with Undo. Every action returns a result (ui/action.ts).
import {
  addCatalogItem,
  type CatalogFields,
  deleteCatalogItem,
  listCatalog,
  restoreCatalogItem,
} from '../../db/catalog';
import { createLiveQuery, type LiveQuery } from '../../db/live';
import type { CatalogItem } from '../../db/schema';
import { type ActionResult, runAction } from '../../ui/action';

export type { CatalogFields, CatalogItem };

/** The library, by section then designation, live. */
export function createLibrary(): LiveQuery<CatalogItem[]> {
  return createLiveQuery(() => listCatalog());
}

/** Adds a line to the library. */
export function addToLibrary(fields: CatalogFields): Promise<ActionResult<CatalogItem>> {
  return runAction(() => addCatalogItem(fields));
}

/** Removes a line from the library: the removed item, for Undo. */
export function removeFromLibrary(id: string): Promise<ActionResult<CatalogItem | undefined>> {
  return runAction(() => deleteCatalogItem(id));
}

/** Puts a removed line back (Undo); throws when it cannot, for the toast to say so. */
export function restoreToLibrary(item: CatalogItem): Promise<void> {
  return restoreCatalogItem(item);
}

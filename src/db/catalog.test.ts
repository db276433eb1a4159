import { beforeEach, describe, expect, it } from 'vitest';
import {
  addCatalogItem,
  catalogSections,
  deleteCatalogItem,
  listCatalog,
  restoreCatalogItem,
} from './catalog';
import { db } from './database';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the item library', () => {
  it('keeps items by section, then designation', async () => {
    await addCatalogItem({
      section: 'Main-d’œuvre',
      designation: 'Heure de peintre',
      unit: 'h',
      unitPrice: 4500,
      vatRate: 1000,
    });
    await addCatalogItem({
      section: 'Fournitures',
      designation: 'Sous-couche',
      unit: 'm2',
      unitPrice: 400,
      vatRate: 1000,
    });
    await addCatalogItem({
      section: 'Fournitures',
      designation: 'Enduit',
      unit: 'kg',
      unitPrice: 250,
      vatRate: 2000,
    });
    expect((await listCatalog()).map((item) => item.designation)).toEqual([
      'Enduit',
      'Sous-couche',
      'Heure de peintre',
    ]);
    expect(await catalogSections()).toEqual(['Fournitures', 'Main-d’œuvre']);
  });

  it('refuses an item without designation or with an invalid price', async () => {
    await expect(
      addCatalogItem({ section: '', designation: ' ', unit: 'u', unitPrice: 100, vatRate: 2000 }),
    ).rejects.toThrow(RangeError);
    await expect(
      addCatalogItem({ section: '', designation: 'x', unit: 'u', unitPrice: -1, vatRate: 2000 }),
    ).rejects.toThrow(RangeError);
    await expect(
      addCatalogItem({ section: '', designation: 'x', unit: 'u', unitPrice: 1.5, vatRate: 2000 }),
    ).rejects.toThrow(RangeError);
  });

  it('deletes an item and puts it back', async () => {
    const item = await addCatalogItem({
      section: 'Dépose',
      designation: 'Dépose WC',
      unit: 'u',
      unitPrice: 6000,
      vatRate: 1000,
    });
    const deleted = await deleteCatalogItem(item.id);
    expect(await listCatalog()).toEqual([]);
    await restoreCatalogItem(deleted!);
    expect(await listCatalog()).toEqual([item]);
  });
});

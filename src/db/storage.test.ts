import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from './database';
import { requestPersistenceOnce, storageInfo } from './storage';

/** Installs a StorageManager on jsdom's navigator, which has none. */
function installStorage(storage: Partial<StorageManager>): void {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('requestPersistenceOnce', () => {
  it('asks the browser the first time and returns its answer', async () => {
    const persist = vi.fn(async () => true);
    installStorage({ persist });
    expect(await requestPersistenceOnce()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('never asks again, whatever the first answer was', async () => {
    const persist = vi.fn(async () => false);
    installStorage({ persist });
    expect(await requestPersistenceOnce()).toBe(false);
    expect(await requestPersistenceOnce()).toBeNull();
    expect(await requestPersistenceOnce()).toBeNull();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('remembers having asked in the database, not in memory', async () => {
    const persist = vi.fn(async () => true);
    installStorage({ persist });
    await requestPersistenceOnce();
    // A device whose data was wiped has to be asked again.
    await Promise.all(db.tables.map((table) => table.clear()));
    expect(await requestPersistenceOnce()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(2);
  });

  it('returns null where the browser cannot persist, and asks once it can', async () => {
    expect(await requestPersistenceOnce()).toBeNull();
    installStorage({});
    expect(await requestPersistenceOnce()).toBeNull();
    const persist = vi.fn(async () => true);
    installStorage({ persist });
    expect(await requestPersistenceOnce()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('asks only once when several saves finish together', async () => {
    const persist = vi.fn(async () => true);
    installStorage({ persist });
    await Promise.all([
      requestPersistenceOnce(),
      requestPersistenceOnce(),
      requestPersistenceOnce(),
    ]);
    expect(persist).toHaveBeenCalledTimes(1);
  });
});

describe('storageInfo', () => {
  it('reports usage, quota and persistence from the browser', async () => {
    installStorage({
      estimate: async () => ({ usage: 1_500_000, quota: 2_000_000_000 }),
      persisted: async () => true,
    });
    expect(await storageInfo()).toEqual({
      usageBytes: 1_500_000,
      quotaBytes: 2_000_000_000,
      persisted: true,
    });
  });

  it('says null for what the browser does not tell', async () => {
    expect(await storageInfo()).toEqual({ usageBytes: null, quotaBytes: null, persisted: null });
    installStorage({ estimate: async () => ({}) });
    expect(await storageInfo()).toEqual({ usageBytes: null, quotaBytes: null, persisted: null });
  });

  it('keeps a zero usage and a refused persistence as values, not as unknown', async () => {
    installStorage({
      estimate: async () => ({ usage: 0, quota: 0 }),
      persisted: async () => false,
    });
    expect(await storageInfo()).toEqual({ usageBytes: 0, quotaBytes: 0, persisted: false });
  });
});

// Token lookups remembered in memory, for PGlite only: its lock file guarantees this process is
// the only writer, so every change to a device passes through here and the cache cannot go stale.
// Never use it on PostgreSQL, where another instance may revoke a device.
import type { AuthDevice, Database } from './types';

const MAX_ENTRIES = 10_000;

/** Wraps a single-writer database so that authenticating a known token costs no query. */
export function withAuthCache(db: Database): Database {
  const cache = new Map<string, AuthDevice>(); // hits only: random bad tokens are never stored
  // Bumped around each revocation: a lookup that overlapped one does not fill the cache.
  let generation = 0;
  return {
    ...db,
    async deviceByTokenHash(tokenHash) {
      const cached = cache.get(tokenHash);
      if (cached) return { ...cached };
      const seen = generation;
      const device = await db.deviceByTokenHash(tokenHash);
      if (device && seen === generation) {
        if (cache.size >= MAX_ENTRIES) cache.clear();
        cache.set(tokenHash, { ...device });
      }
      return device;
    },
    async touchDevice(id, now) {
      await db.touchDevice(id, now);
      for (const device of cache.values()) if (device.id === id) device.lastSeenAt = now;
    },
    async revokeDevice(workspaceId, deviceId, now, by) {
      generation++;
      cache.clear();
      try {
        return await db.revokeDevice(workspaceId, deviceId, now, by);
      } finally {
        generation++;
        cache.clear();
      }
    },
  };
}

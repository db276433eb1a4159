import { describe, expect, it } from 'vitest';
import { withAuthCache } from './authCache';
import type { AuthDevice, Database } from './types';

const device: AuthDevice = {
  id: 'd1',
  workspaceId: 'w1',
  name: 'Téléphone',
  role: 'member',
  lastSeenAt: null,
};

/** A database of one device, counting lookups; `hold` delays the next lookup's answer. */
function fakeDatabase() {
  const state = { revoked: false, lookups: 0, hold: null as Promise<void> | null };
  const db = {
    async deviceByTokenHash() {
      state.lookups++;
      const answer = state.revoked ? null : { ...device };
      if (state.hold) await state.hold;
      return answer;
    },
    async touchDevice() {},
    async revokeDevice() {
      state.revoked = true;
      return true;
    },
  } as unknown as Database;
  return { db, state };
}

describe('withAuthCache', () => {
  it('answers known tokens from memory until a revocation', async () => {
    const { db, state } = fakeDatabase();
    const cached = withAuthCache(db);
    expect(await cached.deviceByTokenHash('h')).toEqual(device);
    expect(await cached.deviceByTokenHash('h')).toEqual(device);
    expect(state.lookups).toBe(1);
    await cached.touchDevice('d1', new Date(5));
    expect((await cached.deviceByTokenHash('h'))?.lastSeenAt).toEqual(new Date(5));
    await cached.revokeDevice('w1', 'd1', new Date(), 'd0');
    expect(await cached.deviceByTokenHash('h')).toBeNull();
  });

  it('does not keep a lookup that overlapped a revocation', async () => {
    const { db, state } = fakeDatabase();
    const cached = withAuthCache(db);
    let release = () => {};
    state.hold = new Promise((resolve) => {
      release = resolve;
    });
    const slow = cached.deviceByTokenHash('h'); // read before the revocation commits
    await cached.revokeDevice('w1', 'd1', new Date(), 'd0');
    release();
    expect(await slow).toEqual(device);
    state.hold = null;
    expect(await cached.deviceByTokenHash('h')).toBeNull();
  });
});

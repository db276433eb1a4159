import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAction, SAVE_FAILED } from './action';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runAction', () => {
  it('returns the value of an action that succeeds', async () => {
    expect(await runAction(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  it('turns a failure into its message key, logged, never thrown', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    const result = await runAction(() => Promise.reject(quota), 'team:parked.failed');
    expect(result).toEqual({ ok: false, message: 'team:parked.failed' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('team:parked.failed'), quota);
  });

  it('says the save failed when no other message is given', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await runAction(async () => {
      throw new RangeError('Minutes must be a whole number');
    });
    expect(result).toEqual({ ok: false, message: SAVE_FAILED });
  });
});

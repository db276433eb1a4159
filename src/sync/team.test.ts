import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/database';
import { readMeta } from '../db/meta';
import type { GroupBy, IndicatorsResponse } from '../protocol/protocol';
import type { ApiResult, SyncApi } from './api';
import { readPairing, SYNC_KEYS, writePairing } from './state';
import { loadIndicators, TeamRequestError, weeksRange } from './team';

const NOW = Date.parse('2026-11-18T12:00:00+01:00');
const WORKSPACE = '01900000-0000-7000-8000-00000000a001';
const figures = (minutes: number) => ({ minutes, events: 1, ratings: 0, ratingAvg: null });

/** An indicators API answering per grouping, or failing with `error`. */
function indicatorsApi(
  error?: ApiResult<never>,
): Pick<SyncApi, 'indicators'> & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    indicators: async (_token, query) => {
      calls.push(query);
      if (error) return error;
      const response: IndicatorsResponse = {
        groups: [{ key: `${query.groupBy as GroupBy}-key`, ...figures(30) }],
        totals: figures(30),
      };
      return { ok: true, value: response };
    },
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await writePairing({
    token: 'tok',
    deviceId: '01900000-0000-7000-8000-00000000d001',
    deviceName: 'A',
    role: 'owner',
    workspace: { id: WORKSPACE, name: 'Plâtrerie' },
    pairedAt: NOW,
  });
});

describe('weeksRange', () => {
  it('covers the 12 ISO weeks up to today, in local days', () => {
    expect(weeksRange(NOW)).toEqual({ from: '2026-08-31', to: '2026-11-18' });
    expect(weeksRange(NOW, 1)).toEqual({ from: '2026-11-16', to: '2026-11-18' });
  });
});

describe('loadIndicators', () => {
  it('asks for the four groupings and keeps the answer', async () => {
    const api = indicatorsApi();
    const view = await loadIndicators(api, NOW);
    expect(api.calls).toHaveLength(4);
    expect(view.fresh).toBe(true);
    expect(view.indicators.groups.template[0]?.key).toBe('template-key');
    expect(view.indicators.totals.minutes).toBe(30);
    expect(await readMeta(SYNC_KEYS.indicators)).toEqual(view.indicators);
  });

  it('shows the figures kept on the device, with their date, when the server is out of reach', async () => {
    await loadIndicators(indicatorsApi(), NOW);
    const view = await loadIndicators(
      indicatorsApi({ ok: false, error: { kind: 'offline' } }),
      NOW + 86_400_000,
    );
    expect(view).toMatchObject({ fresh: false, error: { kind: 'offline' } });
    expect(view.indicators.fetchedAt).toBe(NOW);
  });

  it('fails when nothing was ever kept', async () => {
    await expect(
      loadIndicators(indicatorsApi({ ok: false, error: { kind: 'offline' } }), NOW),
    ).rejects.toBeInstanceOf(TeamRequestError);
  });

  it('marks the pairing when the server no longer knows the token', async () => {
    await expect(
      loadIndicators(indicatorsApi({ ok: false, error: { kind: 'unauthorized' } }), NOW),
    ).rejects.toMatchObject({ reason: { kind: 'unauthorized' } });
    expect((await readPairing())?.needsPairing).toBe(true);
  });
});

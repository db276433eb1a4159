import { describe, expect, it } from 'vitest';
import { createApi, parseRetryAfter } from './api';

const NOW = Date.parse('2026-11-18T12:00:00Z');

/** An API whose fetch answers `response` (or throws) and records the request. */
function answering(response: Response | Error) {
  const seen: Array<{ url: string; init: RequestInit | undefined }> = [];
  const api = createApi({
    baseUrl: 'https://sync.example',
    now: () => NOW,
    fetch: async (input, init) => {
      seen.push({ url: String(input), init });
      if (response instanceof Error) throw response;
      return response;
    },
  });
  return { api, seen };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers });

describe('error mapping', () => {
  it.each([
    [401, { kind: 'unauthorized' }],
    [403, { kind: 'forbidden' }],
    [413, { kind: 'tooLarge' }],
    [500, { kind: 'server', status: 500 }],
    [503, { kind: 'server', status: 503 }],
  ])('maps %i', async (status, error) => {
    const { api } = answering(json(status, { error: 'x', message: 'x' }));
    expect(await api.pushEvents('t', [])).toEqual({ ok: false, error });
  });

  it('maps a failed fetch to offline', async () => {
    const { api } = answering(new TypeError('Failed to fetch'));
    expect(await api.devices('t')).toEqual({ ok: false, error: { kind: 'offline' } });
  });

  it('keeps the fields a 400 names', async () => {
    const { api } = answering(
      json(400, {
        error: 'bad_request',
        message: 'Invalid body',
        issues: [{ path: ['events', 2, 'minutes'], code: 'too_big', message: 'Too big' }],
      }),
    );
    expect(await api.pushEvents('t', [])).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        status: 400,
        code: 'bad_request',
        issues: [{ path: ['events', 2, 'minutes'], message: 'Too big' }],
      },
    });
  });

  it('reads Retry-After in seconds or as a date', async () => {
    const { api } = answering(json(429, {}, { 'retry-after': '7' }));
    expect(await api.pushEvents('t', [])).toEqual({
      ok: false,
      error: { kind: 'rateLimited', retryAfterMs: 7_000 },
    });
    expect(parseRetryAfter('Wed, 18 Nov 2026 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
  });
});

describe('requests', () => {
  it('asks for indicators with the token and the query', async () => {
    const { api, seen } = answering(json(200, { groups: [], totals: {} }));
    await api.indicators('tok', { from: '2026-09-01', to: '2026-11-18', groupBy: 'week' });
    expect(seen[0]?.url).toBe(
      'https://sync.example/v1/indicators?from=2026-09-01&to=2026-11-18&groupBy=week',
    );
    expect(seen[0]?.init).toMatchObject({
      method: 'GET',
      headers: { authorization: 'Bearer tok' },
      credentials: 'omit',
    });
  });

  it('revokes a device by id and unwraps the device list', async () => {
    const revoke = answering(new Response(null, { status: 204 }));
    expect(await revoke.api.revokeDevice('tok', 'abc')).toEqual({ ok: true, value: null });
    expect(revoke.seen[0]).toMatchObject({
      url: 'https://sync.example/v1/devices/abc',
      init: { method: 'DELETE' },
    });
    const device = {
      id: '0190f5a4-7c1e-7b3a-9f00-2d4c6e8a1b3c',
      name: 'Téléphone de Léa',
      role: 'member',
      createdAt: '2026-11-18T10:00:00.000Z',
      lastSeenAt: null,
      revoked: false,
    };
    const list = answering(json(200, { devices: [device] }));
    expect(await list.api.devices('tok')).toEqual({ ok: true, value: [device] });
  });
});

describe('answers', () => {
  it('are checked against the protocol: an answer off the protocol is a server error', async () => {
    const cases = [
      json(200, { devices: [{ id: 'd' }] }),
      json(200, { accepted: '3', duplicates: 0 }),
      json(200, []),
    ];
    const [devices, pushed, indicators] = cases.map((response) => answering(response).api);
    expect(await devices!.devices('tok')).toEqual({
      ok: false,
      error: { kind: 'server', status: 200 },
    });
    expect(await pushed!.pushEvents('tok', [])).toEqual({
      ok: false,
      error: { kind: 'server', status: 200 },
    });
    const range = { from: '2026-09-01', to: '2026-11-18', groupBy: 'week' } as const;
    expect(await indicators!.indicators('tok', range)).toEqual({
      ok: false,
      error: { kind: 'server', status: 200 },
    });
  });

  it('keep only what the protocol defines', async () => {
    const { api } = answering(json(200, { accepted: 2, duplicates: 1, debug: 'x' }));
    expect(await api.pushEvents('tok', [])).toEqual({
      ok: true,
      value: { accepted: 2, duplicates: 1 },
    });
  });
});

import type {
  DeviceInfo,
  EventsResult,
  GroupBy,
  IndicatorEvent,
  IndicatorsResponse,
  PairingCreated,
  PairResponse,
  SetupResponse,
} from '../protocol/protocol';

// The only module of the app that talks to the network. Every call returns a value, never
// throws: a failure becomes an `ApiError` the UI can name in the user's language. Every answer
// is parsed with the protocol's response schema before the app sees it; the schemas (and zod)
// are loaded with the first answer, so an unpaired device never downloads them.

/** The protocol's schemas, loaded on first use. */
type Schemas = typeof import('../protocol/protocol');
/** Picks the schema of an answer. */
type SchemaOf<T> = (schemas: Schemas) => { safeParse(value: unknown): ParseResult<T> };
type ParseResult<T> = { success: true; data: T } | { success: false };
const loadSchemas = (): Promise<Schemas> => import('../protocol/protocol');

/** One invalid field of a refused request, as the server lists them. */
export interface ApiIssue {
  path: ReadonlyArray<string | number>;
  message: string;
}

/** Why a call failed, as the UI shows it. */
export type ApiError =
  /** No answer at all (no network, server down, DNS, CORS): the request may be retried. */
  | { kind: 'offline' }
  /** The token is unknown or revoked (401): the phone must be paired again. */
  | { kind: 'unauthorized' }
  /** The token is valid but this device may not do that (403: a member on an owner call). */
  | { kind: 'forbidden' }
  /** The server refused the content (400, 404, 422…), with the fields at fault when known. */
  | { kind: 'invalid'; status: number; code: string; issues: ApiIssue[] }
  /** The body was over the server's limit (413). */
  | { kind: 'tooLarge' }
  /** Too many requests (429); `retryAfterMs` is the server's Retry-After, when given. */
  | { kind: 'rateLimited'; retryAfterMs: number | null }
  /** The server failed (5xx) or answered something unreadable or off the protocol. */
  | { kind: 'server'; status: number };

/** The result of a call: a value or an error. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the client needs from its environment (injected in tests). */
export interface ApiOptions {
  /** Origin of the sync server; '' (the default) means the app's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Current time in ms, to read a Retry-After given as an HTTP date. */
  now?: () => number;
}

/** Reads Retry-After (seconds or an HTTP date) as milliseconds from now, or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Maps a non-2xx response to the error the UI shows. */
async function errorOf(response: Response, now: number): Promise<ApiError> {
  const { status } = response;
  if (status === 401) return { kind: 'unauthorized' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 413) return { kind: 'tooLarge' };
  if (status === 429) {
    return {
      kind: 'rateLimited',
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now),
    };
  }
  if (status >= 500 || status < 400) return { kind: 'server', status };
  const body = (await response.json().catch(() => null)) as {
    error?: unknown;
    issues?: unknown;
  } | null;
  const issues = Array.isArray(body?.issues)
    ? (body.issues as unknown[]).flatMap((issue) => {
        const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
        return Array.isArray(path)
          ? [{ path: path as Array<string | number>, message: String(message ?? '') }]
          : [];
      })
    : [];
  return { kind: 'invalid', status, code: String(body?.error ?? 'invalid'), issues };
}

/** The typed calls of the sync API (see src/sync/protocol.ts for the bodies). */
export interface SyncApi {
  /** Pairs this device with a one-time code; the answer holds the device token. */
  pair(code: string, deviceName: string): Promise<ApiResult<PairResponse>>;
  /** Creates the team with the server's single-use setup code; this device becomes its owner. */
  setup(code: string, workspaceName: string, deviceName: string): Promise<ApiResult<SetupResponse>>;
  /** Sends a batch of 1–500 events; retries are safe (the server ignores ids it holds). */
  pushEvents(token: string, events: IndicatorEvent[]): Promise<ApiResult<EventsResult>>;
  /** The workspace's figures over an inclusive range of days, grouped one way. */
  indicators(
    token: string,
    query: { from: string; to: string; groupBy: GroupBy },
  ): Promise<ApiResult<IndicatorsResponse>>;
  /** Owner only: a new single-use member pairing code. */
  createPairing(token: string): Promise<ApiResult<PairingCreated>>;
  /** Owner only: the workspace's devices. */
  devices(token: string): Promise<ApiResult<DeviceInfo[]>>;
  /** Owner only: revokes a device (its token stops working at once). */
  revokeDevice(token: string, deviceId: string): Promise<ApiResult<null>>;
}

/**
 * Creates the API client. Request bodies are the server's to judge; answers are checked here
 * against the protocol, so a proxy's page or a server of another version is an error, not data.
 */
export function createApi(options: ApiOptions = {}): SyncApi {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;

  async function call<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    schema: SchemaOf<T> | null,
    init: { token?: string; body?: unknown } = {},
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        // Never let the HTTP cache answer for the server (figures must be fresh or marked old).
        cache: 'no-store',
        credentials: 'omit',
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch {
      return { ok: false, error: { kind: 'offline' } };
    }
    if (!response.ok) return { ok: false, error: await errorOf(response, now()) };
    const unreadable = { ok: false, error: { kind: 'server', status: response.status } } as const;
    if (schema === null) return { ok: true, value: null as T };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      // A captive portal's HTML page, or a body cut short.
      return unreadable;
    }
    const parsed = schema(await loadSchemas()).safeParse(body);
    return parsed.success ? { ok: true, value: parsed.data } : unreadable;
  }

  return {
    pair: (code, deviceName) =>
      call('POST', '/v1/pair', (s) => s.pairResponse, { body: { code, deviceName } }),
    setup: (code, workspaceName, deviceName) =>
      call('POST', '/v1/setup', (s) => s.setupResponse, {
        body: { code, workspaceName, deviceName },
      }),
    pushEvents: (token, events) =>
      call('POST', '/v1/events', (s) => s.eventsResult, { token, body: { events } }),
    indicators: (token, query) => {
      const search = new URLSearchParams(query).toString();
      return call('GET', `/v1/indicators?${search}`, (s) => s.indicatorsResponse, { token });
    },
    createPairing: (token) =>
      call('POST', '/v1/pairings', (s) => s.pairingCreated, { token, body: {} }),
    devices: async (token) => {
      const result = await call('GET', '/v1/devices', (s) => s.devicesResponse, { token });
      return result.ok ? { ok: true, value: result.value.devices } : result;
    },
    revokeDevice: (token, deviceId) =>
      call('DELETE', `/v1/devices/${encodeURIComponent(deviceId)}`, null, { token }),
  };
}

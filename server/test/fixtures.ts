// Helpers shared by the API tests: an app over a test database, paired devices, events.
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { IndicatorEvent, PairResponse } from '../../src/protocol/protocol';
import { type AppDeps, createApp } from '../app';
import type { AppEnv } from '../context';
import type { Database } from '../db/types';
import { createWorkspace } from '../workspaces';

/** A settable wall clock. */
export interface TestClock {
  now: Date;
}

/** The app under test, with its clock and JSON request helpers. */
export interface TestApp {
  app: Hono<AppEnv>;
  clock: TestClock;
  db: Database;
  /** Sends a request; `body` is JSON-encoded unless it is already a string. */
  call(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ): Promise<Response>;
  /** Creates a workspace and pairs its owner's device. */
  owner(workspaceName?: string, deviceName?: string): Promise<PairResponse>;
  /** Pairs a member device through the owner's `POST /v1/pairings`. */
  member(ownerToken: string, deviceName?: string): Promise<PairResponse>;
}

/** Builds the app over `db` at a fixed time (2026-03-30 10:00 UTC). */
export function testApp(db: Database, deps: Partial<AppDeps> = {}): TestApp {
  const clock: TestClock = { now: new Date('2026-03-30T10:00:00Z') };
  const app = createApp({ db, now: () => clock.now, ...deps });
  const call: TestApp['call'] = (method, path, options = {}) => {
    const headers: Record<string, string> = {};
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const body =
      typeof options.body === 'string' || options.body === undefined
        ? options.body
        : JSON.stringify(options.body);
    return Promise.resolve(app.request(path, { method, headers, body }));
  };
  const pair = async (code: string, deviceName: string) => {
    const response = await call('POST', '/v1/pair', { body: { code, deviceName } });
    if (response.status !== 201) throw new Error(`pairing failed: ${await response.text()}`);
    return (await response.json()) as PairResponse;
  };
  return {
    app,
    clock,
    db,
    call,
    async owner(workspaceName = 'Boulangerie Karim', deviceName = 'Téléphone de Karim') {
      const { ownerCode } = await createWorkspace(db, workspaceName, clock.now);
      return pair(ownerCode, deviceName);
    },
    async member(ownerToken, deviceName = 'Téléphone de Léa') {
      const response = await call('POST', '/v1/pairings', { token: ownerToken });
      const { code } = (await response.json()) as { code: string };
      return pair(code, deviceName);
    },
  };
}

/** A time_saved event (fresh id) at `occurredAt`. */
export function timeSaved(
  occurredAt: string,
  minutes = 10,
  extra: { category?: 'quotes' | 'communication' | 'doe'; templateId?: string; id?: string } = {},
): IndicatorEvent {
  const { id = randomUUID(), category = 'quotes', templateId } = extra;
  return {
    id,
    type: 'time_saved',
    occurredAt,
    minutes,
    category,
    ...(templateId ? { templateId } : {}),
  };
}

/** A rating event (fresh id) at `occurredAt`. */
export function rating(occurredAt: string, stars: number): IndicatorEvent {
  return { id: randomUUID(), type: 'rating', occurredAt, stars };
}

/** A retraction of event `id`. */
export function retraction(id: string, occurredAt = '2026-03-30T12:00:00+02:00'): IndicatorEvent {
  return { id: randomUUID(), type: 'retraction', occurredAt, retracts: id };
}

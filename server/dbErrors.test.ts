import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Database } from './db/types';
import { classifyError } from './dbErrors';

/** A PostgreSQL error as node-postgres and PGlite report it, wrapped by drizzle. */
function pgError(code: string, message: string): Error {
  const cause = Object.assign(new Error(message), {
    name: 'DatabaseError',
    code,
    severity: 'ERROR',
  });
  return new DrizzleQueryError('insert into events … values ($1, $2)', ['secret-value'], cause);
}

describe('database errors', () => {
  it('maps SQLSTATE classes to 400, 409 or 503 with the root cause', () => {
    const cases: [Error, number, number | undefined][] = [
      [pgError('22008', 'date/time field value out of range: "0000-01-01"'), 400, undefined],
      [pgError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'), 400, undefined],
      [
        pgError('23514', 'new row violates check constraint "events_minutes_check"'),
        400,
        undefined,
      ],
      [pgError('23505', 'duplicate key value violates unique constraint'), 409, undefined],
      [pgError('53100', 'could not extend file "base/5/16384": No space left on device'), 503, 30],
      [pgError('53300', 'sorry, too many clients already'), 503, 30],
      [pgError('40P01', 'deadlock detected'), 503, 1],
      [pgError('57P01', 'terminating connection due to administrator command'), 503, 5],
      [
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
        503,
        30,
      ],
      [new Error('Connection terminated unexpectedly'), 503, 5],
      [new TypeError("Cannot read properties of undefined (reading 'id')"), 500, undefined],
    ];
    for (const [error, status, retryAfter] of cases) {
      const classified = classifyError(error);
      expect(classified.status, error.message).toBe(status);
      expect(classified.retryAfter, error.message).toBe(retryAfter);
    }
    const disk = classifyError(pgError('53100', 'could not extend file: No space left on device'));
    expect(disk.message).toContain('disk full');
    expect(disk.cause).toEqual({
      name: 'DatabaseError',
      code: '53100',
      message: 'could not extend file: No space left on device',
    });
  });

  it('logs the cause of a failed request (a full disk is visible), never the values', async () => {
    const logs: Record<string, unknown>[] = [];
    const db = {
      kind: 'postgres',
      ping: () =>
        Promise.reject(pgError('53100', 'could not extend file: No space left on device')),
    } as unknown as Database;
    const app = createApp({ db, log: (entry) => logs.push(entry) });
    // Health answers 503 on its own; an API route that throws goes through the error handler.
    app.get('/v1/test-throw', async () => {
      await db.ping();
      return new Response('unreachable');
    });
    const response = await app.request('/v1/test-throw');
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(await response.json()).toMatchObject({ error: 'unavailable' });
    const entry = logs.find((e) => e.level === 'error');
    expect(entry).toMatchObject({
      status: 503,
      cause: { code: '53100', message: expect.stringContaining('No space left on device') },
    });
    expect(JSON.stringify(logs)).not.toContain('secret-value');
  });
});

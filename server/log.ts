// Structured logs: one JSON line per request, never a token, a query string or a body.
import type { MiddlewareHandler } from 'hono';

/** Writes one structured log entry. */
export type Log = (entry: Record<string, unknown>) => void;

/** Logs to stdout, one JSON object per line. */
export const stdoutLog: Log = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

/** Logs nothing (tests). */
export const silentLog: Log = () => {};

/** Middleware logging time, method, path (without query), status and duration of each request. */
export function requestLog(log: Log): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next(); // Hono turns thrown errors into responses before this returns
    log({
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}

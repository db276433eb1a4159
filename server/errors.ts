// Every API error has one shape: {"error": code, "message": text, "issues"?: [{path, code, message}]}.
import { zValidator } from '@hono/zod-validator';
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod/mini';
import type { ErrorBody } from '../src/protocol/protocol';
import { classifyError } from './dbErrors';
import type { Log } from './log';

// zod/mini ships no messages; the API answers in English, for developers.
z.config(z.locales.en());

type Issue = NonNullable<ErrorBody['issues']>[number];

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'internal',
  503: 'unavailable',
};

/** An error response in the API's shape; `code` replaces the status's generic one. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  extra: { issues?: Issue[]; code?: string } = {},
): Response {
  const { issues, code } = extra;
  const body: ErrorBody = {
    error: code ?? CODES[status] ?? 'error',
    message,
    ...(issues && { issues }),
  };
  return c.json(body, status);
}

/** zod issues as API issues: one per problem, an unknown key reported at its own path. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  const path = (keys: readonly PropertyKey[]) =>
    keys.map((key) => (typeof key === 'number' ? key : String(key)));
  return issues.flatMap((issue): Issue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: path([...issue.path, key]),
          code: issue.code,
          message: `Unknown field "${key}"`,
        }))
      : [{ path: path(issue.path), code: issue.code, message: issue.message }],
  );
}

/** Validates a JSON body or the query string; a mismatch answers 400 with every issue. */
export function validate<Target extends 'json' | 'query', Schema extends z.ZodMiniType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return;
    if (target === 'json' && !/^application\/json\b/i.test(c.req.header('Content-Type') ?? '')) {
      return apiError(c, 415, 'Send the body as application/json.');
    }
    return apiError(c, 400, 'The request does not match the API.', {
      issues: toIssues(result.error.issues),
    });
  });
}

/**
 * Turns thrown errors into API errors; HTTPExceptions (bad JSON, 401…) keep their status.
 * Database failures become a 400 (a value it refused), a 409 or a 503 (full disk, lost
 * connection), never a bare 500, and their root cause is logged (never the query's values).
 */
export function errorHandler(log: Log): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException) {
      return apiError(c, error.status as ContentfulStatusCode, error.message || 'Request refused.');
    }
    const classified = classifyError(error);
    log({
      time: new Date().toISOString(),
      level: 'error',
      method: c.req.method,
      path: c.req.path,
      status: classified.status,
      cause: classified.cause,
      ...(classified.status === 500 && error instanceof Error
        ? {
            at: error.stack
              ?.split('\n')
              .filter((line) => /^\s+at /.test(line))
              .slice(0, 5),
          }
        : {}),
    });
    if (classified.retryAfter) c.header('Retry-After', String(classified.retryAfter));
    return apiError(c, classified.status, classified.message);
  };
}

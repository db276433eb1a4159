// Every API error has one shape: {"error": code, "message": text, "issues"?: [{path, code, message}]}.
import { zValidator } from '@hono/zod-validator';
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod/mini';
import type { ErrorBody } from '../src/protocol/protocol';
import type { Log } from './log';

// zod/mini ships no messages; the API answers in English, for developers.
z.config(z.locales.en());

type Issue = NonNullable<ErrorBody['issues']>[number];

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'internal',
  503: 'unavailable',
};

/** An error response in the API's shape. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  issues?: Issue[],
): Response {
  const body: ErrorBody = { error: CODES[status] ?? 'error', message, ...(issues && { issues }) };
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
    return apiError(c, 400, 'The request does not match the API.', toIssues(result.error.issues));
  });
}

/** Turns thrown errors into API errors; HTTPExceptions (bad JSON, 401…) keep their status. */
export function errorHandler(log: Log): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException) {
      return apiError(c, error.status as ContentfulStatusCode, error.message || 'Request refused.');
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log({ time: new Date().toISOString(), level: 'error', path: c.req.path, error: detail });
    return apiError(c, 500, 'Something went wrong on the server.');
  };
}

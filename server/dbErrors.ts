// Database and system failures as HTTP answers. PostgreSQL (and PGlite) report SQLSTATE codes;
// drizzle wraps them in an error whose own message is the failed query, so the cause must be
// dug out, both to answer right and to log what really happened (a full disk, a lost server).

/** How a failure is answered, and what is logged about it. */
export interface Classified {
  status: 400 | 409 | 500 | 503;
  /** Seconds before a retry may succeed (503 only). */
  retryAfter?: number;
  message: string;
  /** The root cause, for the log: never parameters or values of the request. */
  cause: { name: string; code?: string; message: string; detail?: string };
}

interface Coded {
  name?: string;
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  cause?: unknown;
}

/** The innermost error of a cause chain that carries a code (else the innermost one). */
function rootCause(error: unknown): Coded {
  let current = error as Coded;
  let coded: Coded | null = null;
  for (let depth = 0; current && typeof current === 'object' && depth < 10; depth++) {
    if (typeof current.code === 'string') coded = current;
    if (!current.cause || typeof current.cause !== 'object') break;
    current = current.cause as Coded;
  }
  return coded ?? current ?? {};
}

const SYSTEM_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOSPC',
  'EDQUOT',
  'EIO',
  'EMFILE',
  'ENFILE',
]);
// node-postgres reports a lost connection or a full pool without a code.
const LOST_CONNECTION = /Connection terminated|timeout exceeded when trying to connect/i;

/** Classifies an error thrown while answering a request. */
export function classifyError(error: unknown): Classified {
  const root = rootCause(error);
  const code = typeof root.code === 'string' ? root.code : undefined;
  const text = String(root.message ?? error);
  const cause = {
    name: String(root.name ?? 'Error'),
    ...(code ? { code } : {}),
    message: text,
    ...(typeof root.detail === 'string' ? { detail: root.detail } : {}),
  };
  const unavailable = (why: string, retryAfter = 30): Classified => ({
    status: 503,
    retryAfter,
    message: `The database cannot answer right now (${why}); retry later.`,
    cause,
  });
  if (code && /^[0-9A-Z]{5}$/.test(code)) {
    const group = code.slice(0, 2);
    if (group === '22' || group === '54' || (group === '23' && code !== '23505')) {
      return { status: 400, message: `The database refused a value: ${text}`, cause };
    }
    if (code === '23505') return { status: 409, message: 'This already exists.', cause };
    if (code === '53100') return unavailable('disk full');
    if (group === '53') return unavailable('out of resources');
    if (group === '40') return unavailable('busy', 1);
    if (group === '08' || group === '57') return unavailable('connection lost', 5);
  }
  if (code && SYSTEM_UNAVAILABLE.has(code)) {
    return unavailable(code === 'ENOSPC' || code === 'EDQUOT' ? 'disk full' : code);
  }
  if (LOST_CONNECTION.test(text)) return unavailable('connection lost', 5);
  return { status: 500, message: 'Something went wrong on the server.', cause };
}

// Serves the built app from one folder: hashed assets cached for a year, the service worker and
// index.html revalidated every time (or an update would never reach the phones), SPA fallback,
// and conditional requests (ETag / Last-Modified → 304).
// Invariant: only regular files whose real path (symlinks resolved) lies inside the folder are
// ever read; a symlink pointing out of it is treated as missing.
import { realpathSync, type Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Context, Env, Hono } from 'hono';
import { compress } from 'hono/compress';
import { getMimeType } from 'hono/utils/mime';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The Cache-Control of a file of the build, by its URL path. */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return IMMUTABLE; // names carry a content hash
  if (path === '/' || path === '/index.html' || path === '/sw.js') return REVALIDATE;
  if (path.endsWith('.webmanifest')) return REVALIDATE;
  return 'public, max-age=3600';
}

/** A page load (not a missing script or image), which the SPA's router should answer. */
function isNavigation(c: Context): boolean {
  if (c.req.header('Sec-Fetch-Mode') === 'navigate') return true;
  if (c.req.header('Accept')?.includes('text/html')) return true;
  return !c.req.path.split('/').pop()?.includes('.');
}

const isApi = (c: Context) => c.req.path === '/v1' || c.req.path.startsWith('/v1/');

interface Found {
  path: string;
  stats: Stats;
}

/** The file a URL path names inside `root` (a real path), or null: never outside it. */
async function findFile(root: string, urlPath: string): Promise<Found | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (relative.split('/').some((part) => part === '' || part === '.' || part === '..')) return null;
  try {
    const path = await realpath(join(root, relative));
    if (!path.startsWith(root + sep)) return null; // a symlink out of the folder
    const stats = await stat(path);
    return stats.isFile() ? { path, stats } : null;
  } catch {
    return null; // missing, or a dangling link
  }
}

/** A weak validator from size and modification time (the same bytes are served gzipped or not). */
const etagOf = (stats: Stats) =>
  `W/"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`;

/** Whether the client's copy is current (If-None-Match first, else If-Modified-Since). */
function notModified(c: Context, etag: string, stats: Stats): boolean {
  const match = c.req.header('If-None-Match');
  if (match !== undefined) {
    const tags = match.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag.replace(/^W\//, ''));
  }
  const since = Date.parse(c.req.header('If-Modified-Since') ?? '');
  return !Number.isNaN(since) && Math.floor(stats.mtimeMs / 1000) * 1000 <= since;
}

async function send(c: Context, found: Found, html: boolean): Promise<Response> {
  const etag = etagOf(found.stats);
  c.header('ETag', etag);
  c.header('Last-Modified', found.stats.mtime.toUTCString());
  c.header('Cache-Control', html ? REVALIDATE : cacheControlFor(c.req.path));
  if (notModified(c, etag, found.stats)) return c.body(null, 304);
  c.header('Content-Type', getMimeType(found.path) ?? 'application/octet-stream');
  if (c.req.method === 'HEAD') {
    c.header('Content-Length', String(found.stats.size));
    return c.body(null, 200);
  }
  return c.body(new Uint8Array(await readFile(found.path)), 200);
}

/** Serves `root` for every GET or HEAD outside the API (`/v1`), gzipped when accepted. */
export function mountStatic<E extends Env>(app: Hono<E>, root: string): void {
  const realRoot = realpathSync(root);
  const gzip = compress();
  app.use((c, next) => (isApi(c) ? next() : gzip(c, next)));
  app.use(async (c, next) => {
    if (isApi(c) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    const file = await findFile(realRoot, c.req.path);
    if (file) return send(c, file, file.path.endsWith('.html'));
    if (!isNavigation(c)) return next();
    const index = await findFile(realRoot, '/index.html');
    return index ? send(c, index, true) : next();
  });
}

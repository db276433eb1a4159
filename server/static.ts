// Serves the built app from one folder: hashed assets cached for a year, the service worker and
// index.html revalidated every time (or an update would never reach the phones), SPA fallback.
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Env, Hono } from 'hono';
import { compress } from 'hono/compress';

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
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return false;
  if (c.req.header('Sec-Fetch-Mode') === 'navigate') return true;
  if (c.req.header('Accept')?.includes('text/html')) return true;
  return !c.req.path.split('/').pop()?.includes('.');
}

const isApi = (c: Context) => c.req.path === '/v1' || c.req.path.startsWith('/v1/');

/** Serves `root` for every path outside the API (`/v1`), gzipped when the client accepts it. */
export function mountStatic<E extends Env>(app: Hono<E>, root: string): void {
  const gzip = compress();
  const files = serveStatic<E>({ root });
  const index = serveStatic<E>({ root, path: 'index.html' });
  // Separate middlewares (not nested calls) so Hono records each one's response. Cache-Control
  // is set on the way out, once a file was found; any HTML (index.html, SPA fallback) revalidates.
  app.use((c, next) => (isApi(c) ? next() : gzip(c, next)));
  app.use(async (c, next) => {
    await next();
    if (isApi(c) || c.res.status !== 200) return;
    const html = c.res.headers.get('Content-Type')?.startsWith('text/html');
    c.res.headers.set('Cache-Control', html ? REVALIDATE : cacheControlFor(c.req.path));
  });
  app.use((c, next) => (isApi(c) ? next() : files(c, next)));
  app.use((c, next) => (isApi(c) || !isNavigation(c) ? next() : index(c, next)));
}

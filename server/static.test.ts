import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Database } from './db/types';

const dist = mkdtempSync(join(tmpdir(), 'etabli-dist-'));
mkdirSync(join(dist, 'assets'));
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Établi</title>',
  'sw.js': 'self.addEventListener("fetch", () => {});',
  'manifest.webmanifest': '{"name":"Établi"}',
  'robots.txt': 'User-agent: *',
  'assets/core-Ab12Cd34.js': `export const big = "${'établi '.repeat(500)}";`,
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, name), content);
// Beside the build: a secret a symlink inside dist/ points to (a careless deploy, a shared host).
const outside = mkdtempSync(join(tmpdir(), 'etabli-outside-'));
writeFileSync(join(outside, 'secret.txt'), 'DATABASE_URL=postgres://user:password@db/etabli');
symlinkSync(join(outside, 'secret.txt'), join(dist, 'leak.txt'));
symlinkSync(outside, join(dist, 'shared'));
symlinkSync(join(dist, 'robots.txt'), join(dist, 'robots-link.txt')); // inside: fine
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

// Serving files needs no database; health only pings it.
const db = { kind: 'pglite', ping: async () => {} } as unknown as Database;
const app = createApp({ db, staticDir: dist });
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('static files', () => {
  it('revalidates index.html, the service worker and the manifest', async () => {
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/index.html', 'text/html; charset=utf-8'],
      ['/sw.js', 'text/javascript; charset=utf-8'],
      ['/manifest.webmanifest', 'application/manifest+json'],
    ]) {
      const response = await get(path!);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Cache-Control'), path).toBe('no-cache');
      expect(response.headers.get('Content-Type'), path).toBe(type);
    }
  });

  it('caches hashed assets for a year, gzipped when asked', async () => {
    const response = await get('/assets/core-Ab12Cd34.js', { 'Accept-Encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    const robots = await get('/robots.txt');
    expect(robots.headers.get('Cache-Control')).toBe('public, max-age=3600');
  });

  it('answers navigations with index.html, and nothing else', async () => {
    const page = await get('/templates/review-reply', { Accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
    expect(await page.text()).toBe(files['index.html']);
    expect((await get('/settings')).status).toBe(200); // no extension: a route of the app

    expect((await get('/assets/missing-Zz99.js')).status).toBe(404);
    expect((await app.request('/settings', { method: 'POST' })).status).toBe(404);
    // A path escaping the folder is never read: at most the app's page comes back.
    expect(await (await get('/%2e%2e/%2e%2e/etc/passwd')).text()).toBe(files['index.html']);
    expect((await get('/%2e%2e/package.json')).status).toBe(404);
  });

  it('keeps /v1 for the API: unknown routes are JSON 404s, never index.html', async () => {
    for (const path of ['/v1', '/v1/unknown', '/v1/events/extra']) {
      const response = await get(path, { Accept: 'text/html' });
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'not_found' });
    }
    expect(await (await get('/v1/health')).json()).toEqual({ status: 'ok', db: 'pglite' });
  });

  it('never follows a symlink out of the folder', async () => {
    for (const path of ['/leak.txt', '/shared/secret.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('password');
    }
    const navigation = await get('/shared/secret.txt', { Accept: 'text/html' });
    expect(await navigation.text()).toBe(files['index.html']); // the app's page, not the file
    expect(await (await get('/robots-link.txt')).text()).toBe(files['robots.txt']);
  });

  it('answers conditional requests with 304, for files and the SPA fallback', async () => {
    for (const path of ['/assets/core-Ab12Cd34.js', '/sw.js', '/', '/settings']) {
      const first = await get(path, { 'Accept-Encoding': 'gzip' });
      const etag = first.headers.get('ETag');
      expect(etag, path).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
      const again = await get(path, { 'If-None-Match': etag!, 'Accept-Encoding': 'gzip' });
      expect(again.status, path).toBe(304);
      expect(await again.text(), path).toBe('');
      expect(again.headers.get('ETag'), path).toBe(etag);
      expect(again.headers.get('Cache-Control'), path).toBe(first.headers.get('Cache-Control'));
      const since = first.headers.get('Last-Modified')!;
      expect((await get(path, { 'If-Modified-Since': since })).status, path).toBe(304);
      expect((await get(path, { 'If-None-Match': 'W/"0-0"' })).status, path).toBe(200);
    }
    const head = await app.request('/robots.txt', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe(String(files['robots.txt']!.length));
  });

  it('sends the security headers with the app and the API', async () => {
    for (const path of ['/', '/assets/core-Ab12Cd34.js', '/v1/health', '/v1/unknown']) {
      const { headers } = await get(path);
      const csp = headers.get('Content-Security-Policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(headers.get('X-Frame-Options'), path).toBe('DENY');
      expect(headers.get('Referrer-Policy'), path).toBe('no-referrer');
      const permissions = headers.get('Permissions-Policy') ?? '';
      expect(permissions, path).toContain('camera=(self)');
      expect(permissions, path).toContain('microphone=()');
      expect(permissions, path).toContain('geolocation=()');
    }
  });

  it('says so when the database does not answer', async () => {
    const down = { kind: 'postgres', ping: () => Promise.reject(new Error('ECONNREFUSED')) };
    const response = await createApp({ db: down as unknown as Database }).request('/v1/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'unavailable' });
  });
});

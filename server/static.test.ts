import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
afterAll(() => rmSync(dist, { recursive: true, force: true }));

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

  it('says so when the database does not answer', async () => {
    const down = { kind: 'postgres', ping: () => Promise.reject(new Error('ECONNREFUSED')) };
    const response = await createApp({ db: down as unknown as Database }).request('/v1/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'unavailable' });
  });
});

// Starts the server: the built app and the API on one origin, until SIGINT or SIGTERM.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/client';
import { LockError } from './db/lock';
import { stdoutLog } from './log';

// In-flight requests get this long to finish after a stop signal; then connections are cut.
const DRAIN_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const db = await openDatabase(config);
  const hasApp = existsSync(join(config.staticDir, 'index.html'));
  if (!hasApp) console.warn(`No built app in ${config.staticDir}/ (run vite build): API only.`);
  const app = createApp({
    db,
    timeZone: config.timeZone,
    rateLimit: config.rateLimit,
    staticDir: hasApp ? config.staticDir : undefined,
    log: stdoutLog,
  });

  const server = serve(
    { fetch: app.fetch, hostname: config.host, port: config.port },
    ({ port }) => {
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      const where = db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
      console.log(`Établi is ready: open http://${host}:${port}/ (database: ${where})`);
    },
  ) as Server;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stdoutLog({ time: new Date().toISOString(), event: 'shutdown', signal });
    // close() stops accepting and waits for in-flight requests; idle keep-alives go at once.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    await closed;
    clearTimeout(cut);
    await db.close(); // PGlite: flushes and removes the lock file
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof LockError ? error.message : error);
  process.exit(1);
});

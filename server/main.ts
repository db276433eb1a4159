// Starts the server: the built app and the API on one origin, until SIGINT or SIGTERM.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/client';
import { LockError } from './db/lock';
import type { Database } from './db/types';
import { listen } from './http';
import { stdoutLog } from './log';
import { createSetupCode } from './workspaces';

// In-flight requests get this long to finish after a stop signal; then connections are cut.
const DRAIN_MS = 10_000;

/** While the server holds no workspace, prints a new single-use setup code for the first phone. */
async function printSetupCode(db: Database): Promise<void> {
  if ((await db.countWorkspaces()) > 0) return;
  const { code, expiresAt } = await createSetupCode(db, new Date());
  console.log(
    `No team yet. Setup code: ${code} (single use, valid until ${expiresAt}).\n` +
      '  The first phone creates the team with it (and a team name) and becomes its owner.',
  );
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const db = await openDatabase({
    ...config,
    lock: {
      // Another process took the data folder (or its lock was deleted): stop writing at once.
      onCompromised: (error) => {
        console.error(`The lock on ${config.dataDir} was lost (${error.message}); stopping.`);
        process.exit(1);
      },
    },
  });
  const hasApp = existsSync(join(config.staticDir, 'index.html'));
  if (!hasApp) console.warn(`No built app in ${config.staticDir}/ (run npm run build): API only.`);
  const app = createApp({
    db,
    rateLimit: config.rateLimit,
    eventLimit: config.eventLimit,
    maxWorkspaceEvents: config.maxWorkspaceEvents,
    trustProxy: config.trustProxy,
    staticDir: hasApp ? config.staticDir : undefined,
    log: stdoutLog,
  });
  await printSetupCode(db);
  await db.warmUp();

  const server = listen(
    app.fetch,
    {
      hostname: config.host,
      port: config.port,
      limits: {
        maxConnections: config.maxConnections,
        maxConnectionsPerAddress: config.maxConnectionsPerAddress,
      },
    },
    (port) => {
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      const where = db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
      console.log(`Établi is ready: open http://${host}:${port}/ (database: ${where})`);
    },
  );

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
    await db.close(); // PGlite: flushes and removes the lock
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof LockError ? error.message : error);
  process.exit(1);
});

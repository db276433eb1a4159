// A private PostgreSQL 15 cluster for tests and the bench, in a folder of the repository.
// initdb refuses to run as root, so as root every PostgreSQL command runs as user postgres.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Where Debian puts PostgreSQL 15 (override with PG_BIN). */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** True when initdb and pg_ctl are installed. */
export function hasPostgres(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
}

/** A running cluster: a URL to its `database`, and how to stop it. */
export interface Cluster {
  url: string;
  /** URL of another database of the same cluster. */
  urlOf(database: string): string;
  stop(): Promise<void>;
}

function pgCommand(tool: string, args: string[]): [string, string[]] {
  const asRoot = process.getuid?.() === 0;
  return asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args]]
    : [join(PG_BIN, tool), args];
}

async function pgRun(tool: string, args: string[]): Promise<void> {
  const [file, argv] = pgCommand(tool, args);
  await run(file, argv, { timeout: 60_000 });
}

/** Gives a folder to user postgres when running as root (a no-op otherwise). */
function ownByPostgres(path: string): void {
  if (process.getuid?.() !== 0) return;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
  chownSync(path, id('-u'), id('-g'));
}

/**
 * Starts (initialising if needed) a cluster in `dir` on 127.0.0.1:`port` and creates `database`.
 * `fast` turns off fsync: right for tests, wrong for a benchmark.
 */
export async function startCluster(options: {
  dir: string;
  port: number;
  database: string;
  fast?: boolean;
}): Promise<Cluster> {
  const dir = resolve(options.dir);
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o711); // postgres must traverse it (its parents need o+x too)
  if (!existsSync(join(data, 'PG_VERSION'))) {
    rmSync(data, { recursive: true, force: true });
    mkdirSync(data);
    chmodSync(data, 0o700);
    ownByPostgres(data);
    await pgRun('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
  }
  mkdirSync(sock, { recursive: true });
  ownByPostgres(sock);
  // A cluster left running by an interrupted run is stopped first, so settings are ours.
  await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => {});
  const settings = [`-c listen_addresses=127.0.0.1 -p ${options.port} -k ${sock}`];
  if (options.fast) settings.push('-c fsync=off -c synchronous_commit=off -c full_page_writes=off');
  await pgRun('pg_ctl', [
    '-D',
    data,
    '-l',
    join(data, 'server.log'),
    '-w',
    '-o',
    settings.join(' '),
    'start',
  ]);

  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${options.port}/${database}`;
  const admin = new pg.Client({ connectionString: urlOf('postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [
      options.database,
    ]);
    if (!rowCount) await admin.query(`create database "${options.database}"`);
  } finally {
    await admin.end();
  }
  return {
    url: urlOf(options.database),
    urlOf,
    stop: () => pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
  };
}

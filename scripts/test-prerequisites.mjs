// Runs before `npm test` (npm's `pretest`): the browser tests need Chromium (with a font that
// has the app's glyphs) and the server tests need PostgreSQL 15's binaries. When something is
// missing, it is installed with apt-get if this user can (root, apt-get present: CI and these
// machines); otherwise the run stops at once, before any test, with the one command to run.
// Plain Node, no dependency: it must work right after `npm ci` on a fresh machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const fonts = '/usr/share/fonts/truetype/liberation';

/** What the tests need, each with the Debian package that provides it. */
const needs = [
  {
    what: `Chromium for the browser tests (${chromium}; set CHROMIUM_PATH to use another)`,
    package: 'chromium',
    present: () => existsSync(chromium),
  },
  {
    what: `Liberation fonts for the browser tests (${fonts})`,
    package: 'fonts-liberation',
    present: () => existsSync(fonts),
  },
  {
    what: `PostgreSQL 15 for the server tests (${pgBin}/initdb; set PG_BIN, or DATABASE_URL_TEST for a running server)`,
    package: 'postgresql',
    // A database the user already runs is enough: no binaries needed then.
    present: () =>
      Boolean(process.env.DATABASE_URL_TEST) ||
      (existsSync(join(pgBin, 'initdb')) && existsSync(join(pgBin, 'pg_ctl'))),
  },
];

const missing = needs.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const packages = missing.map((need) => need.package);
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (!isRoot || !hasApt) {
  console.error('\nThe tests cannot start: this machine lacks');
  for (const need of missing) console.error(`  - ${need.what}`);
  console.error(
    hasApt
      ? `\nInstall them once, as root:\n\n  sudo sh -c '${command}'\n`
      : `\nInstall the packages ${packages.join(', ')} (Debian names) with your system's package manager.\n`,
  );
  process.exit(1);
}

// Quiet, and once: the output goes to a log shown only on failure; a second run finds the
// binaries and returns at the first check above.
console.log(`Installing what the tests need, once: ${packages.join(' ')} (apt-get)…`);
mkdirSync(join(root, '.tmp'), { recursive: true });
const logPath = join(root, '.tmp', 'apt-get.log');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const steps = [
  ['apt-get', ['update', '-qq']],
  ['apt-get', ['install', '-y', '-qq', ...packages]],
];
let log = '';
for (const [file, args] of steps) {
  const result = spawnSync(file, args, { env, encoding: 'utf8' });
  log += `$ ${file} ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}\n`;
  writeFileSync(logPath, log);
  if (result.status !== 0) {
    console.error(`\n${file} ${args.join(' ')} failed; its output is in ${logPath}:\n`);
    console.error(log.split('\n').slice(-20).join('\n'));
    process.exit(1);
  }
}

const still = needs.filter((need) => !need.present());
if (still.length > 0) {
  console.error('\nInstalled, but still missing:');
  for (const need of still) console.error(`  - ${need.what}`);
  console.error(`See ${logPath}.`);
  process.exit(1);
}
console.log('Done.');

// Command line: setup codes, workspaces and pairing codes (DATA_DIR or DATABASE_URL as for the
// server).
import { parseArgs } from 'node:util';
import { nameProblem, WORKSPACE_NAME_MAX } from '../src/domain/names';
import { readConfig } from './config';
import { openDatabase } from './db/client';
import { LockError } from './db/lock';
import type { Database } from './db/types';
import { createPairing, createSetupCode, createWorkspace } from './workspaces';

const USAGE = `Usage:
  npm run server -- setup-code [--json]
  npm run server -- workspace create --name "<name>" [--json]
  npm run server -- pairing create --workspace <id> [--owner] [--json]

A setup code lets a phone create a team (workspace) and become its owner. Setup and pairing
codes are single-use and expire after 24 h. With PGlite (no DATABASE_URL), stop the server
first: one process at a time may open DATA_DIR.`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Command =
  | { kind: 'setup'; json: boolean }
  | { kind: 'workspace'; name: string; json: boolean }
  | { kind: 'pairing'; workspaceId: string; owner: boolean; json: boolean };

class UsageError extends Error {}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        workspace: { type: 'string' },
        owner: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message); // unknown option, missing value…
  }
}

/** Reads the arguments before anything opens the database. */
function parse(argv: string[]): Command {
  const { values, positionals } = readArgs(argv);
  const command = positionals.join(' ');
  if (command === 'setup-code') return { kind: 'setup', json: values.json };
  if (command === 'workspace create') {
    const name = values.name?.trim() ?? '';
    if (nameProblem(name, WORKSPACE_NAME_MAX)) {
      throw new UsageError(
        `--name must have 1 to ${WORKSPACE_NAME_MAX} characters, without control characters.`,
      );
    }
    return { kind: 'workspace', name, json: values.json };
  }
  if (command === 'pairing create') {
    const workspaceId = (values.workspace ?? '').toLowerCase();
    if (!UUID.test(workspaceId)) throw new UsageError('--workspace must be a workspace id.');
    return { kind: 'pairing', workspaceId, owner: values.owner, json: values.json };
  }
  throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
}

/** Runs a command; returns what to print. */
async function execute(db: Database, command: Command): Promise<string> {
  if (command.kind === 'setup') {
    const { code, expiresAt } = await createSetupCode(db, new Date());
    if (command.json) return JSON.stringify({ setupCode: code, expiresAt });
    return `Setup code: ${code} (single use, valid until ${expiresAt})
The phone that sends it with a team name creates that team and becomes its owner.`;
  }
  if (command.kind === 'workspace') {
    const created = await createWorkspace(db, command.name, new Date());
    if (command.json) {
      return JSON.stringify({ workspaceId: created.workspaceId, ownerCode: created.ownerCode });
    }
    return `Workspace "${command.name}" created: ${created.workspaceId}
Owner pairing code: ${created.ownerCode} (single use, valid until ${created.expiresAt})`;
  }
  if (!(await db.hasWorkspace(command.workspaceId))) {
    throw new UsageError(`No workspace ${command.workspaceId} in this database.`);
  }
  const role = command.owner ? 'owner' : 'member';
  const { code, expiresAt } = await createPairing(db, command.workspaceId, role, new Date());
  if (command.json) return JSON.stringify({ code });
  const who = role === 'owner' ? 'Owner' : 'Member';
  return `${who} pairing code: ${code} (single use, valid until ${expiresAt})`;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return argv.length === 0 ? 1 : 0;
  }
  let db: Database | undefined;
  try {
    const command = parse(argv);
    db = await openDatabase(readConfig(process.env));
    console.log(await execute(db, command));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof LockError) console.error(error.message);
    else console.error(error);
    return 1;
  } finally {
    await db?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));

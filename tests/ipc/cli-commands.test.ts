// The everyday `hirebook` commands through the real CLI bundle: roles list (table and JSON), info,
// usage errors and exit codes, and one database file shared with the core. Runs in Vitest (Node).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { cliTimeout, parseResponses, ROOT, runCli, useCliTestbed } from './cli-harness';

interface RoleLike {
  id: string;
  title: string;
  status: string;
}

const cli = useCliTestbed();
const dataDir = (): string => cli.tempDir();

async function seed(dir: string): Promise<RoleLike[]> {
  const roles = [
    { title: 'Barista', status: 'open', department: 'Cafe' },
    { title: 'Pastry chef', status: 'open', department: 'Kitchen' },
    { title: 'Bookkeeper', status: 'draft', department: 'Office' },
    { title: 'Delivery driver', status: 'on_hold', department: 'Logistics' },
  ];
  const input = roles.map((role, i) => `${JSON.stringify({ id: i, channel: 'roles:create', input: role })}\n`).join('');
  const run = await cli.run(['--data-dir', dir, 'rpc'], input);
  expect(run.code).toBe(0);
  return parseResponses(run.stdout).map((r) => r.value as RoleLike);
}

async function listJson(dir: string, ...args: string[]): Promise<RoleLike[]> {
  const run = await cli.run(['--data-dir', dir, 'roles', 'list', '--json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { roles: RoleLike[] }).roles;
}

describe('hirebook roles list', () => {
  it('lists roles created through rpc as JSON, filtered by status, search and archive state', async () => {
    const dir = dataDir();
    const created = await seed(dir);
    const titles = (roles: RoleLike[]): string[] => roles.map((r) => r.title).sort();

    expect(titles(await listJson(dir))).toEqual(titles(created));
    expect(titles(await listJson(dir, '--status', 'open'))).toEqual(['Barista', 'Pastry chef']);
    expect(titles(await listJson(dir, '--status', 'draft,on-hold'))).toEqual(['Bookkeeper', 'Delivery driver']);
    expect(titles(await listJson(dir, '--search', 'past'))).toEqual(['Pastry chef']);

    const barista = created.find((r) => r.title === 'Barista');
    const archive = await cli.run(['--data-dir', dir, 'rpc'], `${JSON.stringify({ id: 1, channel: 'roles:archive', input: { id: barista?.id } })}\n`);
    expect(parseResponses(archive.stdout)[0]?.ok).toBe(true);
    expect(titles(await listJson(dir, '--archived'))).toEqual(['Barista']);
    expect(titles(await listJson(dir))).not.toContain('Barista');
  }, cliTimeout(8));

  it('prints a table with a header, one row per role and a count', async () => {
    const dir = dataDir();
    const empty = await cli.run(['--data-dir', dir, 'roles', 'list']);
    expect(empty).toMatchObject({ code: 0, stdout: 'No roles yet.\n' });

    const created = await seed(dir);
    const run = await cli.run(['--data-dir', dir, 'roles', 'list']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^TITLE\s+STATUS\s+DEPARTMENT\s+LOCATION\s+OPENINGS\s+CLOSES\s+UPDATED\s+ID$/);
    expect(lines).toHaveLength(created.length + 2);
    expect(lines.at(-1)).toBe('4 roles');
    const row = lines.find((l) => l.startsWith('Delivery driver'));
    expect(row).toMatch(/on hold\s+Logistics/);
    // Columns line up: every row starts its STATUS cell where the header does.
    const statusColumn = lines[0]?.indexOf('STATUS') ?? -1;
    for (const line of lines.slice(1, -1)) expect(line[statusColumn - 1]).toBe(' ');
  }, cliTimeout(3));
});

describe('hirebook info, --help, --version and usage errors', () => {
  it('reports the data folder and database file', async () => {
    const dir = dataDir();
    const run = await cli.run(['--data-dir', dir, 'info', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ dataDir: dir, databasePath: join(dir, 'hirebook.db'), runtime: 'node' });
  }, cliTimeout(1));

  it('prints the package version and the help', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await cli.run(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = await cli.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: hirebook [--data-dir DIR] <command>');
  }, cliTimeout(2));

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /missing command/],
    [['roles'], /needs a subcommand/],
    [['roles', 'list', '--bogus'], /Unknown option '--bogus'/],
    [['roles', 'list', '--status', 'sleeping'], /unknown status "sleeping"/],
    [['info', '--list'], /--list is not an option of "info"/],
    [['rpc', 'extra'], /unexpected argument "extra"/],
  ])('exits 2 with a message on stderr for %j', async (args, message) => {
    const run = await cli.run(['--data-dir', dataDir(), ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('hirebook --help');
  }, cliTimeout(1));

  it('exits 1 and leaves the file untouched when the database comes from a newer Hirebook', async () => {
    const dir = dataDir();
    createCore({ dataDir: dir }).close();
    const file = join(dir, 'hirebook.db');
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 999');
    db.close();
    const hash = (): string => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();

    const run = await cli.run(['--data-dir', dir, 'roles', 'list']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/newer Hirebook/);
    expect(run.stderr).toContain(file);
    expect(hash()).toBe(before);
  }, cliTimeout(1));

  it('bin/hirebook.cjs says to build first when the bundle is missing', async () => {
    const fakeRoot = cli.tempDir();
    mkdirSync(join(fakeRoot, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'hirebook.cjs'), join(fakeRoot, 'bin', 'hirebook.cjs'));
    const run = await runCli(join(fakeRoot, 'bin', 'hirebook.cjs'), ['--version']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('run `npm run build` first');
  }, cliTimeout(1));
});

describe('one database file for the CLI and the core', () => {
  it('reads back with a new core what the CLI wrote, and the other way round', async () => {
    const dir = dataDir();
    const fromCli = await seed(dir);

    const core = createCore({ dataDir: dir });
    try {
      const listed = await core.dispatch('roles:list', { archived: 'include' });
      expect(listed.ok).toBe(true);
      const ids = listed.ok ? (listed.value as { roles: RoleLike[] }).roles.map((r) => r.id).sort() : [];
      expect(ids).toEqual(fromCli.map((r) => r.id).sort());
      const added = await core.dispatch('roles:create', { title: 'Written by the core' });
      expect(added.ok).toBe(true);
    } finally {
      core.close();
    }

    const titles = (await listJson(dir)).map((r) => r.title);
    expect(titles).toContain('Written by the core');
    expect(titles).toHaveLength(fromCli.length + 1);
  }, cliTimeout(2));
});

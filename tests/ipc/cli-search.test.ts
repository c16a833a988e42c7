// `hirebook search TEXT [--json]` through the real CLI bundle: JSON with each kind, the tables, the empty
// answer and usage errors. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import type { SearchResults } from '../../electron/contract';
import { cliTimeout, parseResponses, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();

/** A role and two people, one with an e-mail at the bakery, made through rpc. */
async function seed(dir: string): Promise<void> {
  const requests = [
    { channel: 'roles:create', input: { title: 'Pastry chef', department: 'Kitchen' } },
    { channel: 'candidates:create', input: { fullName: 'Amara Okafor', emails: ['amara@bakery.test'], tags: ['Laminator'] } },
    { channel: 'candidates:create', input: { fullName: 'Bo Chen', emails: ['bo@example.test'] } },
  ];
  const run = await cli.run(['--data-dir', dir, 'rpc'], requests.map((r, id) => `${JSON.stringify({ id, ...r })}\n`).join(''));
  expect(run.code, run.stderr).toBe(0);
  expect(parseResponses(run.stdout).every((r) => r.ok)).toBe(true);
}

describe('hirebook search', () => {
  it('answers search:everything as JSON and as one table per kind', async () => {
    const dir = cli.tempDir();
    await seed(dir);

    const json = await cli.run(['--data-dir', dir, 'search', 'bakery', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const found = JSON.parse(json.stdout) as SearchResults;
    expect(found.candidates.map((c) => [c.fullName, c.email, c.matchedIn])).toEqual([['Amara Okafor', 'amara@bakery.test', 'email']]);
    expect(found.roles).toEqual([]);

    // Several words are one search: both must match.
    const table = await cli.run(['--data-dir', dir, 'search', 'pastry', 'chef']);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe('Roles');
    expect(lines[1]).toMatch(/^TITLE +STATUS +DEPARTMENT +ID$/);
    expect(lines[2]).toMatch(/^Pastry chef +draft +Kitchen +[0-9a-f-]{36}$/);
    expect(table.stdout).not.toContain('Candidates');

    const person = await cli.run(['--data-dir', dir, 'search', 'lamin']);
    expect(person.stdout).toMatch(/^Candidates\nNAME +EMAIL +PHONE +FOUND IN +ID\nAmara Okafor +amara@bakery\.test +tag +[0-9a-f-]{36}\n/);

    const nothing = await cli.run(['--data-dir', dir, 'search', 'zeppelin']);
    expect(nothing).toMatchObject({ code: 0, stdout: 'Nothing found for "zeppelin".\n' });
  }, cliTimeout(5));

  it('exits 2 without TEXT or with an option it does not take', async () => {
    const dir = cli.tempDir();
    const bare = await cli.run(['--data-dir', dir, 'search']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('"search" needs TEXT');
    const wrong = await cli.run(['--data-dir', dir, 'search', 'amara', '--role', 'x']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--role is not an option of "search"');
  }, cliTimeout(2));
});

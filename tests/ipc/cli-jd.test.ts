// `hirebook jd parse | import | check` through the real CLI bundle: the exact --json shapes, readable
// output, one database shared with the core, and exit codes for unknown roles, unreadable files and
// usage mistakes. Runs in Vitest (Node).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JdCheckResult, type RevisionList, type Role, type RoleDescription } from '../../electron/contract';
import { createCore } from '../../electron/core/create-core';
import { quietLogger } from '../helpers/temp-core';
import { cliTimeout, useCliTestbed } from './cli-harness';

const FIXTURE = join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'backend-developer-posting.txt');
if (!existsSync(FIXTURE)) console.warn(`cli-jd: skipping the shared-fixture test: ${FIXTURE} does not exist`);

const UNKNOWN_ID = '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';

const cli = useCliTestbed();
const dir = (): string => cli.tempDir();

/** A small posting written for these tests, independent of the shared fixture. */
function postingFile(): string {
  const folder = cli.tempDir();
  const file = join(folder, 'line-cook.txt');
  writeFileSync(file, 'Line Cook\n\nSalary: $18 - $22 per hour\n\nResponsibilities:\n- Prep vegetables\n- Run the grill\n\nRequirements:\n- A year on a line\n');
  return file;
}

/** Reads what the CLI wrote, through the core, after the CLI has exited. */
async function withCore<T>(dataDir: string, read: (dispatch: (channel: string, input: unknown) => Promise<unknown>) => Promise<T>): Promise<T> {
  const core = createCore({ dataDir, logger: quietLogger });
  try {
    return await read(async (channel, input) => {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    });
  } finally {
    core.close();
  }
}


describe('hirebook jd parse', () => {
  it.skipIf(!existsSync(FIXTURE))('parses the shared back-end developer posting (skipped when ../shared/fixtures is absent)', async () => {
    const run = await cli.run(['--data-dir', dir(), 'jd', 'parse', FIXTURE, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const parsed = JSON.parse(run.stdout) as { title: string; fields: object; sections: { kind: string; heading: string; paragraphs: string[]; bullets: string[] }[] };
    expect(Object.keys(parsed)).toEqual(['title', 'fields', 'sections']);
    expect(parsed.title).toBe('Back End Developer');
    for (const s of parsed.sections) expect(Object.keys(s)).toEqual(['kind', 'heading', 'paragraphs', 'bullets']);
    expect(parsed.sections.find((s) => s.kind === 'responsibilities')?.bullets).toHaveLength(6);
    expect(parsed.sections.find((s) => s.kind === 'requirements')?.bullets).toHaveLength(9);
  }, cliTimeout(1));

  it('prints a readable outline without --json, and saves nothing', async () => {
    const dataDir = dir();
    const run = await cli.run(['--data-dir', dataDir, 'jd', 'parse', postingFile()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Title: Line Cook$/m);
    expect(run.stdout).toMatch(/^ {2}Salary: \$18 - \$22 per hour$/m);
    expect(run.stdout).toMatch(/^ {2}1\. Responsibilities \[responsibilities\]$/m);
    expect(run.stdout).toMatch(/^ {5}• Run the grill$/m);
    const roles = await withCore(dataDir, (d) => d('roles:list', {}));
    expect(roles).toMatchObject({ total: 0 });
  }, cliTimeout(1));
});

describe('hirebook jd import', () => {
  it('creates a role with the parsed sections and mapped fields', async () => {
    const dataDir = dir();
    const run = await cli.run(['--data-dir', dataDir, 'jd', 'import', postingFile(), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { roleId: string; created: boolean };
    expect(Object.keys(result)).toEqual(['roleId', 'created']);
    expect(result.created).toBe(true);
    await withCore(dataDir, async (d) => {
      expect(await d('roles:get', { id: result.roleId })).toMatchObject({ title: 'Line Cook', salaryMin: 18, salaryMax: 22, salaryPeriod: 'hour' });
      const description = (await d('descriptions:get', { roleId: result.roleId })) as RoleDescription;
      expect(description.sections.map((s) => s.kind)).toEqual(['responsibilities', 'requirements']);
    });

    const text = await cli.run(['--data-dir', dataDir, 'jd', 'import', postingFile()]);
    expect(text.stdout).toMatch(/^Created role Line Cook \([0-9a-f-]{36}\)\n$/);
  }, cliTimeout(2));

  it('replaces the description of --role, keeping the old one as a revision', async () => {
    const dataDir = dir();
    const roleId = await withCore(dataDir, async (d) => {
      const role = (await d('roles:create', { title: 'Cook' })) as Role;
      await d('descriptions:save', { roleId: role.id, sections: [{ kind: 'summary', heading: 'Summary', html: '<p>Old</p>' }] });
      return role.id;
    });
    const run = await cli.run(['--data-dir', dataDir, 'jd', 'import', postingFile(), '--role', roleId, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ roleId, created: false });
    const revisions = await withCore(dataDir, (d) => d('revisions:list', { roleId }));
    expect((revisions as RevisionList).revisions.map((r) => r.reason)).toEqual(['before_import']);
  }, cliTimeout(1));

  it('exits 1 for an unknown role or an unreadable file, 2 for usage mistakes', async () => {
    const dataDir = dir();
    const unknown = await cli.run(['--data-dir', dataDir, 'jd', 'import', postingFile(), '--role', UNKNOWN_ID]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`no role with id "${UNKNOWN_ID}"`);
    const missing = await cli.run(['--data-dir', dataDir, 'jd', 'import', join(dataDir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot open nope\.txt: it does not exist/);
    const unsupported = join(dataDir, 'posting.pdf');
    writeFileSync(unsupported, '%PDF-1.4');
    const pdf = await cli.run(['--data-dir', dataDir, 'jd', 'parse', unsupported]);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/cannot import .*\.pdf files/);

    for (const args of [['jd'], ['jd', 'parse'], ['jd', 'parse', 'a.txt', 'b.txt'], ['jd', 'parse', 'a.txt', '--role', UNKNOWN_ID], ['jd', 'check'], ['jd', 'check', 'a.txt', '--role', UNKNOWN_ID], ['jd', 'frobnicate']]) {
      const run = await cli.run(['--data-dir', dataDir, ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('hirebook --help');
    }
  }, cliTimeout(10));
});

describe('hirebook jd check', () => {
  it('checks a file and a stored role with the same findings shape', async () => {
    const dataDir = dir();
    const file = await cli.run(['--data-dir', dataDir, 'jd', 'check', postingFile(), '--json']);
    expect(file.code, file.stderr).toBe(0);
    const fromFile = JdCheckResult.parse(JSON.parse(file.stdout));
    expect(fromFile.findings.map((f) => f.id)).not.toContain('no-salary');

    const roleId = await withCore(dataDir, async (d) => ((await d('roles:create', { title: 'Cook' })) as Role).id);
    const role = await cli.run(['--data-dir', dataDir, 'jd', 'check', '--role', roleId, '--json']);
    expect(role.code, role.stderr).toBe(0);
    expect(JdCheckResult.parse(JSON.parse(role.stdout)).findings.map((f) => f.id)).toContain('no-salary');

    const text = await cli.run(['--data-dir', dataDir, 'jd', 'check', '--role', roleId]);
    expect(text.stdout).toMatch(/^Score: \d+\/100$/m);
    expect(text.stdout).toMatch(/^Top fixes:$/m);
    expect(text.stdout).toMatch(/^All findings \(\d+\):$/m);
    expect(text.stdout).toMatch(/^ {2}\[high\] No salary range$/m);

    const unknown = await cli.run(['--data-dir', dataDir, 'jd', 'check', '--role', 'not-an-id']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no role with id "not-an-id"');
  }, cliTimeout(4));

  it('lists the jd commands in --help', async () => {
    const run = await cli.run(['--help']);
    expect(run.stdout).toContain('jd parse FILE [--json]');
    expect(run.stdout).toContain('jd import FILE [--role ID] [--json]');
    expect(run.stdout).toContain('jd check (FILE | --role ID) [--json]');
  }, cliTimeout(1));
});

// `hirebook candidates list` through the real CLI bundle: JSON and table output, search (including a
// word from a PDF resume added over rpc, which proves pdfjs loads inside the bundle), --role, usage
// errors; candidates export --out (never over an existing file without --force); candidates:import over
// rpc, which the bundle runs in its worker thread; `hirebook candidates import FILE` with its notes about
// the file and a file that is not a CSV. Runs in Vitest (Node).
import { randomUUID } from 'node:crypto';
import fs, { writeFileSync } from 'node:fs';
import path, { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { cliTimeout, parseResponses, RpcSession, useCliTestbed } from './cli-harness';
import { fileOnDisk } from '../helpers/temp-files';

const cli = useCliTestbed();

interface Row {
  id: string;
  fullName: string;
  email: string;
}

async function rpc(dir: string, requests: { channel: string; input: unknown }[]): Promise<unknown[]> {
  const input = requests.map((r, id) => `${JSON.stringify({ id, ...r })}\n`).join('');
  const run = await cli.run(['--data-dir', dir, 'rpc'], input);
  expect(run.code, run.stderr).toBe(0);
  return parseResponses(run.stdout).map((r) => {
    expect(r.ok, JSON.stringify(r)).toBe(true);
    return r.value;
  });
}

async function seed(dir: string): Promise<void> {
  const [amara] = (await rpc(dir, [
    { channel: 'candidates:create', input: { fullName: 'Amara Okafor', emails: ['amara@example.test'], tags: ['baker'] } },
    { channel: 'candidates:create', input: { fullName: 'José Núñez', phones: ['503 555 0199'] } },
    { channel: 'candidates:create', input: { fullName: '王美', emails: ['mei@example.test'] } },
  ])) as { candidate: { id: string } }[];
  const cv = fileOnDisk('cv.pdf', makePdf(['Amara Okafor', 'Viennoiserie and laminated doughs']));
  await rpc(dir, [{ channel: 'attachments:add', input: { candidateId: amara?.candidate.id, path: cv } }]);
}

async function listJson(dir: string, ...args: string[]): Promise<{ rows: Row[]; total: number }> {
  const run = await cli.run(['--data-dir', dir, 'candidates', 'list', '--json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { rows: Row[]; total: number };
}

describe('hirebook candidates list', () => {
  it('lists candidates as JSON, by name, searched by name, phone and resume text', async () => {
    const dir = cli.tempDir();
    await seed(dir);
    const all = await listJson(dir);
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.fullName)).toEqual(['Amara Okafor', 'José Núñez', '王美']);
    expect((await listJson(dir, '--search', 'jose')).rows.map((r) => r.fullName)).toEqual(['José Núñez']);
    expect((await listJson(dir, '--search', '555 0199')).rows.map((r) => r.fullName)).toEqual(['José Núñez']);
    expect((await listJson(dir, '--search', 'viennoiserie')).rows.map((r) => r.fullName)).toEqual(['Amara Okafor']);
    expect((await listJson(dir, '--role', '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e')).total).toBe(0);
  }, cliTimeout(8));

  it('prints a table with a count, and says when nothing matches', async () => {
    const dir = cli.tempDir();
    const empty = await cli.run(['--data-dir', dir, 'candidates', 'list']);
    expect(empty).toMatchObject({ code: 0, stdout: 'No candidates yet.\n' });
    await seed(dir);
    const table = await cli.run(['--data-dir', dir, 'candidates', 'list']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+EMAIL\s+PHONE\s+SOURCE\s+TAGS\s+RATING\s+ADDED\s+ID$/);
    expect(lines[1]).toMatch(/^Amara Okafor\s+amara@example\.test\s+other\s+baker/);
    expect(lines.at(-1)).toBe('3 candidates');
    const none = await cli.run(['--data-dir', dir, 'candidates', 'list', '--search', 'zzz']);
    expect(none.stdout).toBe('No candidates match.\n');
  }, cliTimeout(6));

  it('refuses bad options with a usage error', async () => {
    const dir = cli.tempDir();
    const run = await cli.run(['--data-dir', dir, 'candidates', 'list', '--status', 'open']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--status is not an option of "candidates list"/);
    const role = await cli.run(['--data-dir', dir, 'candidates', 'list', '--role', 'nope']);
    expect(role.code).toBe(1);
    expect(role.stderr).toMatch(/roleId/);
  }, cliTimeout(2));
});

describe('hirebook candidates export', () => {
  it('writes the CSV, refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const dir = cli.tempDir();
    await rpc(dir, [{ channel: 'candidates:create', input: { fullName: 'Amara Okafor', emails: ['amara@example.test'] } }]);
    const out = path.join(cli.tempDir(), 'people.csv');
    const first = await cli.run(['--data-dir', dir, 'candidates', 'export', '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(`Exported 1 candidate to ${out}\n`);
    expect(fs.readFileSync(out, 'utf8')).toContain('Amara Okafor');

    const theirs = Buffer.from('name,notes\nmy own list,do not lose\n');
    fs.writeFileSync(out, theirs);
    const refused = await cli.run(['--data-dir', dir, 'candidates', 'export', '--out', out]);
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: `hirebook: ${out} already exists; add --force to replace it\n` });
    expect(fs.readFileSync(out)).toEqual(theirs);
    const forced = await cli.run(['--data-dir', dir, 'candidates', 'export', '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('Amara Okafor');
    const nowhere = await cli.run(['--data-dir', dir, 'candidates', 'export', '--out', path.join(cli.tempDir(), 'missing', 'x.csv')]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('the folder does not exist');
  }, cliTimeout(4));
});

/** A CSV of `rows` people (unique emails and phones) and one bad row at the end. */
function peopleCsv(rows: number): string {
  const lines = Array.from({ length: rows }, (_v, i) => `Person ${i},p${i}@example.com,+1 503 ${String(1_000_000 + i).slice(1)}`);
  return `Name,Email,Phone\n${lines.join('\n')}\nNo Email,not-an-email,\n`;
}

describe('hirebook rpc: candidates:import in the worker thread', () => {
  const mapping = { name: 0, email: 1, phone: 2 };

  it('imports every valid row and reports the bad one by its line', async () => {
    const dir = cli.tempDir();
    const [result] = (await rpc(dir, [{ channel: 'candidates:import', input: { text: peopleCsv(6000), mapping, jobId: randomUUID() } }])) as unknown[];
    expect(result).toEqual({ imported: 6000, merged: 0, skipped: 0, cancelled: false, warnings: [], duplicates: [], errors: [{ line: 6002, reason: 'Invalid email "not-an-email"' }] });
    const found = await listJson(dir, '--search', 'p5999@example.com');
    expect(found.rows.map((r) => r.fullName)).toEqual(['Person 5999']);
    expect((await listJson(dir)).total).toBe(6000);
  }, cliTimeout(5));

  it('keeps answering while a 100,000-row import runs, and a cancel stops it before it writes', async () => {
    const dir = cli.tempDir();
    const session = new RpcSession(cli.bundle(), dir);
    const jobId = randomUUID();
    // All three lines at once: the import starts, then roles:list and the cancel are read at once. On the
    // core's own thread the import would write its first 5,000-row batch before reading them.
    session.send({ id: 'import', channel: 'candidates:import', input: { text: peopleCsv(100_000), mapping, jobId }, background: true });
    session.send({ id: 'roles', channel: 'roles:list', input: {} });
    session.send({ id: 'cancel', channel: 'candidates:import-cancel', input: { jobId } });
    const answers = [await session.nextLine(), await session.nextLine(), await session.nextLine()].map((line) => JSON.parse(line) as { id: string; value: unknown });
    expect(answers.map((a) => a.id)).toEqual(['roles', 'cancel', 'import']);
    expect(answers[0]?.value).toMatchObject({ total: 0 });
    expect(answers[1]?.value).toEqual({ cancelled: true });
    expect(answers[2]?.value).toEqual({ imported: 0, merged: 0, skipped: 0, cancelled: true, warnings: [], duplicates: [], errors: [] });
    expect((await session.call('count', 'candidates:list', {})).value).toMatchObject({ total: 0 });
    expect(await session.close()).toMatchObject({ code: 0 });
  }, cliTimeout(3));
});

describe('hirebook candidates import FILE', () => {
  it('imports a Windows-1252 file, saying so in the summary and in --json, with refused rows by line', async () => {
    const dir = cli.tempDir();
    const file = join(cli.tempDir(), 'people.csv');
    writeFileSync(file, Buffer.from('Name,Email\r\nJosé Núñez,jose@example.com\r\nZoë,not-an-email\r\n', 'latin1'));
    const notice = 'This file is not in UTF-8: it was read as Windows-1252 (Western European). If letters look wrong, save it from your spreadsheet as “CSV UTF-8” and import that.';
    const run = await cli.run(['--data-dir', dir, 'candidates', 'import', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Imported 1, merged 0, skipped 0 (already known).\nNote: ${notice}\n1 row was not imported:\n  line 3: Invalid email "not-an-email"\n`);
    expect((await listJson(dir)).rows.map((r) => r.fullName)).toEqual(['José Núñez']);
    const json = await cli.run(['--data-dir', cli.tempDir(), 'candidates', 'import', file, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ imported: 1, merged: 0, skipped: 0, duplicates: [], errors: [{ line: 3, reason: 'Invalid email "not-an-email"' }], warnings: [notice] });
  });

  it('names each skipped duplicate and whom it matched, and warns about a row imported without a name', async () => {
    const dir = cli.tempDir();
    const file = join(cli.tempDir(), 'people.csv');
    writeFileSync(file, 'Name,Email\nAnn Able,ann@example.com\nAnn B.,ANN@example.com\n,solo@example.com\n');
    const run = await cli.run(['--data-dir', dir, 'candidates', 'import', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Imported 2, merged 0, skipped 1 (already known).\n  line 3: Ann B. matched Ann Able\nNote: Line 4 has no name: imported as "solo@example.com", its e-mail address.\n',
    );
  });

  it('refuses a PDF renamed .csv as not a CSV file', async () => {
    const dir = cli.tempDir();
    const file = join(cli.tempDir(), 'people.csv');
    writeFileSync(file, makePdf(['Ana Lima']));
    const run = await cli.run(['--data-dir', dir, 'candidates', 'import', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/This file is not a CSV file \(it looks like a PDF\)\. Export your spreadsheet as CSV and import that\./);
    expect((await listJson(dir)).total).toBe(0);
  });
});

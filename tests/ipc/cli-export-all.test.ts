// `hirebook export-all --out DIR` through the real CLI bundle: a new folder with every table as CSV and
// JSON, the files and README.txt; a second run never touches the first; --json; clear refusals.
// Runs in Vitest (Node).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { EXPORT_TABLES } from '../../electron/core/export-all/export-all-tables';
import { RpcSession, cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
let dataDir = '';

beforeAll(async () => {
  dataDir = cli.tempDir();
  const core = createCore({ dataDir });
  const loaded = await core.dispatch('sample:load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  await core.close();
}, 120_000);

describe('hirebook export-all', () => {
  it('exports everything into a new folder inside DIR, and a second run into another', async () => {
    const out = cli.tempDir();
    const run = await cli.run(['--data-dir', dataDir, 'export-all', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Exported ${EXPORT_TABLES.length} tables \\(\\d+ rows\\) and 0 files to .*Hirebook export \\d{4}-\\d{2}-\\d{2}\\n`));
    const [folder] = fs.readdirSync(out);
    const exported = path.join(out, folder ?? '');
    expect(fs.readdirSync(exported).sort()).toEqual(['.hirebook-export.json', 'README.txt', 'csv', 'files.csv', 'files.json', 'json']);
    const roles = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(exported, 'csv', 'roles.csv'), 'utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(roles.errors).toEqual([]);
    expect(roles.data.map((r) => r.title)).toContain('Barista');
    const json = JSON.parse(fs.readFileSync(path.join(exported, 'json', 'roles.json'), 'utf8')) as { title: string }[];
    expect(json.map((r) => r.title).sort()).toEqual(roles.data.map((r) => r.title).sort());
    const readmeBefore = fs.readFileSync(path.join(exported, 'README.txt'));

    const again = await cli.run(['--data-dir', dataDir, 'export-all', '--out', out, '--json']);
    expect(again.code, again.stderr).toBe(0);
    const result = JSON.parse(again.stdout) as { folder: string; tables: number; rows: number; files: number; missingFiles: string[] };
    expect(result).toMatchObject({ tables: EXPORT_TABLES.length, files: 0, missingFiles: [] });
    expect(result.folder).toBe(`${exported}-2`);
    expect(fs.readFileSync(path.join(exported, 'README.txt'))).toEqual(readmeBefore);
  }, cliTimeout(2));

  it('refuses a DIR it cannot use, and asks for --out', async () => {
    const file = path.join(cli.tempDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    const refused = await cli.run(['--data-dir', dataDir, 'export-all', '--out', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is a file, not a folder');
    const usage = await cli.run(['--data-dir', dataDir, 'export-all']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--out DIR is required');
  }, cliTimeout(2));

  it('over rpc, keeps answering while an export runs in the background, and a cancel removes its folder', async () => {
    const session = new RpcSession(cli.bundle(), cli.tempDir());
    const lines = ['Name,Email'];
    for (let i = 1; i <= 20_000; i += 1) lines.push(`Person ${i},person${i}@example.test`);
    const imported = await session.call('seed', 'candidates:import', { text: lines.join('\n'), mapping: { name: 0, email: 1 }, jobId: randomUUID() });
    expect(imported.ok, JSON.stringify(imported.error)).toBe(true);
    const out = cli.tempDir();
    const jobId = randomUUID();
    session.send({ id: 'export', channel: 'data:export-all', input: { outDir: out, jobId }, background: true });
    session.send({ id: 'roles', channel: 'roles:list', input: {} });
    session.send({ id: 'cancel', channel: 'data:export-all-cancel', input: { jobId } });
    const answers = [await session.nextLine(), await session.nextLine(), await session.nextLine()].map((line) => JSON.parse(line) as { id: string; value: unknown });
    expect(answers.map((a) => a.id)).toEqual(['roles', 'cancel', 'export']);
    expect(answers[1]?.value).toEqual({ cancelled: true });
    expect(answers[2]?.value).toEqual({ folder: '', tables: 0, rows: 0, files: 0, missingFiles: [], cancelled: true });
    expect(fs.readdirSync(out)).toEqual([]);
    expect(await session.close()).toMatchObject({ code: 0 });
  }, cliTimeout(3));
});

// `hirebook check [--full]` and `hirebook salvage --out DIR` through the built CLI (the data-check
// worker included), on a healthy file, a damaged one and one the core refuses. Runs in Vitest (Node).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageLeafPage } from '../helpers/damage-page';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
const hash = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function seeded(): Promise<string> {
  const dir = cli.tempDir();
  const rows = Array.from({ length: 2000 }, (_, i) => `{"id":${i},"channel":"candidates:create","input":{"fullName":"Person ${i}"}}`).join('\n');
  const run = await cli.run(['--data-dir', dir, 'rpc'], `${rows}\n`);
  expect(run.code, run.stderr).toBe(0);
  return dir;
}

describe('hirebook check', () => {
  it('reports a healthy file (exit 0), quick and full', async () => {
    const dir = await seeded();
    const quick = await cli.run(['--data-dir', dir, 'check']);
    expect(quick.code, quick.stderr).toBe(0);
    expect(quick.stdout).toMatch(/Health: +ok/);
    const full = await cli.run(['--data-dir', dir, 'check', '--full', '--json']);
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ state: 'ok', lastCheckKind: 'full' });
  }, cliTimeout(4));

  it('reports a damaged file with exit code 3, never writes it; salvage saves the readable rows', async () => {
    const dir = await seeded();
    const file = path.join(dir, 'hirebook.db');
    damageLeafPage(file, 'candidates');
    const before = hash(file);
    const checked = await cli.run(['--data-dir', dir, 'check', '--full']);
    expect(checked.code, checked.stderr).toBe(3);
    expect(checked.stdout).toMatch(/Health: +damaged/);
    expect(checked.stdout).toMatch(/hirebook salvage --out FOLDER/);
    const write = await cli.run(['--data-dir', dir, 'rpc'], '{"id":1,"channel":"roles:create","input":{"title":"Baker"}}\n');
    expect(JSON.parse(write.stdout.trim())).toMatchObject({ ok: false, error: { code: 'damaged' } });
    const out = cli.tempDir();
    const salvaged = await cli.run(['--data-dir', dir, 'salvage', '--out', out, '--json']);
    expect(salvaged.code, salvaged.stderr).toBe(0);
    const result = JSON.parse(salvaged.stdout) as { saved: number; lost: number; path: string; tables: { table: string; saved: number }[] };
    expect(result.lost).toBeGreaterThan(0);
    expect(result.tables.find((t) => t.table === 'candidates')?.saved).toBeGreaterThan(1000);
    expect(fs.existsSync(result.path)).toBe(true);
    expect(hash(file)).toBe(before);
  }, cliTimeout(6));

  it('a file refused at open: check exits 3 with the salvage hint, salvage still works, nothing created', async () => {
    const dir = await seeded();
    const file = path.join(dir, 'hirebook.db');
    const bytes = fs.readFileSync(file);
    bytes.write('Not SQLite at all', 0, 'latin1');
    fs.writeFileSync(file, bytes);
    fs.rmSync(path.join(dir, 'attachments'), { recursive: true });
    fs.rmSync(path.join(dir, 'backups'), { recursive: true });
    const checked = await cli.run(['--data-dir', dir, 'check']);
    expect(checked.code).toBe(3);
    expect(checked.stderr).toMatch(/damaged or not a Hirebook database\. The file was not changed\. Save what still reads with "hirebook salvage --out FOLDER"/);
    expect(fs.readdirSync(dir).filter((n) => n !== 'health.json')).toEqual(['hirebook.db']);
    const salvaged = await cli.run(['--data-dir', dir, 'salvage', '--out', cli.tempDir()]);
    // A file without its header cannot be opened by SQLite at all: salvage says so, plainly.
    expect(salvaged.code).toBe(1);
    expect(salvaged.stderr).toMatch(/too damaged|not a database/i);
  }, cliTimeout(4));

  it('salvage needs --out', async () => {
    const run = await cli.run(['salvage']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs --out DIR/);
  }, cliTimeout(1));
});

// `hirebook candidates export-person ID --out FILE` through the real CLI bundle: the zip with the person's
// summary, data and file; what it prints (and --json); never over a file without --force; a missing
// person and a missing ID refused plainly. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { cliTimeout, useCliTestbed } from './cli-harness';
import { fileOnDisk } from '../helpers/temp-files';

const cli = useCliTestbed();
let dataDir = '';
let personId = '';

/** The members' names and data.json of a zip. */
function contents(file: string): Promise<{ names: string[]; data: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const names: string[] = [];
      let data: Record<string, unknown> = {};
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        if (entry.fileName !== 'data.json') return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            data = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve({ names: names.sort(), data }));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

beforeAll(async () => {
  dataDir = cli.tempDir();
  const core = createCore({ dataDir });
  const made = await core.dispatch('candidates:create', { fullName: 'Amara Okafor', emails: ['amara@example.test'] });
  if (!made.ok) throw new Error(made.error.message);
  personId = (made.value as { candidate: { id: string } }).candidate.id;
  const added = await core.dispatch('attachments:add', { candidateId: personId, path: fileOnDisk('Amara CV.txt', 'Amara Okafor, baker') });
  if (!added.ok) throw new Error(added.error.message);
  await core.close();
}, 120_000);

describe('hirebook candidates export-person', () => {
  it('writes the zip and says where and what it holds; --json; never over a file without --force', async () => {
    const out = path.join(cli.tempDir(), 'amara.zip');
    const run = await cli.run(['--data-dir', dataDir, 'candidates', 'export-person', personId, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `Exported everything about Amara Okafor to ${out} (${fs.statSync(out).size} bytes)\n` +
        'It holds summary.html, data.json, README.txt and 0 applications, 0 notes, 0 interviews, 0 scorecards, 2 timeline entries, 1 file.\n',
    );
    const zip = await contents(out);
    expect(zip.names).toEqual(['README.txt', 'data.json', 'files/Amara CV.txt', 'summary.html']);
    expect(zip.data.candidate).toMatchObject({ id: personId, full_name: 'Amara Okafor' });

    const before = fs.readFileSync(out);
    const refused = await cli.run(['--data-dir', dataDir, 'candidates', 'export-person', personId, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`hirebook: ${out} already exists; add --force to replace it\n`);
    expect(fs.readFileSync(out)).toEqual(before);

    const forced = await cli.run(['--data-dir', dataDir, 'candidates', 'export-person', personId, '--out', out, '--force', '--json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ path: out, fullName: 'Amara Okafor', files: 1, missingFiles: [] });
    expect(fs.readdirSync(path.dirname(out))).toEqual(['amara.zip']);
  }, cliTimeout(3));

  it('refuses a missing person and a missing ID, writing nothing', async () => {
    const folder = cli.tempDir();
    const out = path.join(folder, 'x.zip');
    const missing = await cli.run(['--data-dir', dataDir, 'candidates', 'export-person', '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e', '--out', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('hirebook: That candidate was not found. It may have been deleted. [not_found]\n');
    const noId = await cli.run(['--data-dir', dataDir, 'candidates', 'export-person', '--out', out]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('"candidates export-person" needs the candidate\'s ID');
    expect(fs.readdirSync(folder)).toEqual([]);
  }, cliTimeout(2));
});

// `hirebook posting pdf|export` and `hirebook careers-site` through the real CLI bundle: files written,
// stdout exports, and clear errors with exit code 1 for an unknown role, an unwritable path and a
// missing browser. Runs in Vitest (Node), printing with the system Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { SHORT_ROLE, SHORT_SECTIONS } from '../helpers/posting-fixtures';
import { pdfInfo } from '../helpers/postings';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
let dataDir = '';
let roleId = '';
const UNKNOWN = '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';

const dir = (): string => cli.tempDir();

beforeAll(async () => {
  dataDir = dir();
  const core = createCore({ dataDir });
  const created = await core.dispatch('roles:create', SHORT_ROLE);
  if (!created.ok) throw new Error(created.error.message);
  roleId = (created.value as { id: string }).id;
  await core.dispatch('descriptions:save', { roleId, sections: SHORT_SECTIONS });
  await core.dispatch('company:update', { name: 'Hearth & Crumb', paperSize: 'letter' });
  await core.close();
}, 120_000);


describe('hirebook posting pdf', () => {
  it('writes a PDF on the company paper size, in either layout', async () => {
    const out = path.join(dir(), 'barista.pdf');
    const run = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', roleId, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*barista\.pdf \(1 page, classic\)/);
    expect(pdfInfo(fs.readFileSync(out)).pageSize).toBe('612 x 792 pts (letter)');
    const flyer = path.join(dir(), 'flyer.pdf');
    const second = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', roleId, '--out', flyer, '--layout', 'flyer']);
    expect(second.code, second.stderr).toBe(0);
    expect(pdfInfo(fs.readFileSync(flyer)).pages).toBe(1);
  }, cliTimeout(4));

  it('fails clearly for an unknown role, an unwritable path, a bad layout and a missing browser', async () => {
    const unknown = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', UNKNOWN, '--out', path.join(dir(), 'x.pdf')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`no role with id "${UNKNOWN}"`);
    const file = path.join(dir(), 'a-file');
    fs.writeFileSync(file, '');
    const unwritable = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', roleId, '--out', path.join(file, 'x.pdf')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/cannot write .*x\.pdf: part of the path is a file/);
    const layout = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', roleId, '--out', 'x.pdf', '--layout', 'poster']);
    expect(layout.code).toBe(2);
    expect(layout.stderr).toContain('unknown layout "poster" (use one of: classic, flyer)');
    const out = path.join(dir(), 'none.pdf');
    const noBrowser = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', roleId, '--out', out], '', { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(noBrowser.code).toBe(1);
    expect(noBrowser.stderr).toContain('CHROMIUM_PATH is set to "/nonexistent/chromium", but there is no browser there');
    expect(noBrowser.stderr).toContain('install Chromium');
    expect(fs.existsSync(out)).toBe(false);
  }, cliTimeout(5));
});

describe('hirebook posting export', () => {
  it('prints each format to stdout, or writes it with --out', async () => {
    const md = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Weekend Barista\n/);
    const txt = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'txt']);
    expect(txt.stdout).toContain('• Make espresso drinks to our recipe cards');
    const jsonld = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'jsonld']);
    expect(JSON.parse(jsonld.stdout)).toMatchObject({ '@type': 'JobPosting', title: 'Weekend Barista' });
    const out = path.join(dir(), 'posting.html');
    const html = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'html', '--out', out]);
    expect(html.code, html.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  }, cliTimeout(4));

  it('fails clearly for an unknown role, a missing format and an unwritable path', async () => {
    const unknown = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', UNKNOWN, '--format', 'md']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no role with id');
    const noFormat = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('--format is required (one of: md, txt, html, jsonld)');
    const unwritable = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'md', '--out', '/nonexistent-dir/x.md']);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('cannot write /nonexistent-dir/x.md: the folder does not exist');
  }, cliTimeout(3));
});

describe('hirebook careers-site', () => {
  it('writes the site for open roles, and refuses a folder it cannot use', async () => {
    const out = path.join(dir(), 'site');
    const run = await cli.run(['--data-dir', dataDir, 'careers-site', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('with 1 open role');
    expect(fs.readdirSync(path.join(out, 'roles'))).toEqual(['weekend-barista.html']);
    const busy = dir();
    fs.writeFileSync(path.join(busy, 'index.html'), 'mine');
    const refused = await cli.run(['--data-dir', dataDir, 'careers-site', '--out', busy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already has other files in it');
    const missingParent = await cli.run(['--data-dir', dataDir, 'careers-site', '--out', '/nonexistent-dir/site']);
    expect(missingParent.code).toBe(1);
    expect(missingParent.stderr).toContain('cannot create the folder /nonexistent-dir/site: the folder does not exist');
  }, cliTimeout(3));
});

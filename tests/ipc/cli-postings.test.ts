// `hirebook posting pdf|export` and `hirebook careers-site` through the real CLI bundle: files written,
// stdout exports, and clear errors with exit code 1 for an unknown role, an unwritable path and a
// missing browser. Runs in Vitest (Node), printing with the system Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { SHORT_ROLE, SHORT_SECTIONS } from '../helpers/posting-fixtures';
import { pdfInfo } from '../helpers/postings';
import { cliTimeout, parseResponses, useCliTestbed } from './cli-harness';

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

describe('hirebook posting pdf onto an existing file', () => {
  it('refuses without --force, leaving the file byte for byte, and replaces it with --force', async () => {
    const out = path.join(dir(), 'barista.pdf');
    const theirs = Buffer.from('%PDF-1.4 the owner’s own PDF');
    fs.writeFileSync(out, theirs);
    const refused = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', roleId, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`hirebook: ${out} already exists; add --force to replace it\n`);
    expect(fs.readFileSync(out)).toEqual(theirs);
    const forced = await cli.run(['--data-dir', dataDir, 'posting', 'pdf', '--role', roleId, '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(pdfInfo(fs.readFileSync(out)).pages).toBe(1);
  }, cliTimeout(2));
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

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const out = path.join(dir(), 'posting.md');
    fs.writeFileSync(out, 'my own notes about the barista job');
    const refused = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'md', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`hirebook: ${out} already exists; add --force to replace it\n`);
    expect(refused.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe('my own notes about the barista job');
    const forced = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'md', '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^# Weekend Barista\n/);
    const folder = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'md', '--out', dir(), '--force']);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('it is a folder');
    const noOut = await cli.run(['--data-dir', dataDir, 'posting', 'export', '--role', roleId, '--format', 'md', '--force']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--force needs --out');
  }, cliTimeout(4));

  it('writes JSON-LD that is safe to paste into a <script> element: a hostile title cannot close it', async () => {
    const fresh = dir();
    const title = '</script><script>window.__xss=1</script>';
    const company = 'Crumb \u2028<!-- & Co\u2029 >';
    const city = '</SCRIPT ><img src=x onerror=alert(1)>';
    const requests = [
      { id: 1, channel: 'roles:create', input: { title, status: 'open', location: { city } } },
      { id: 2, channel: 'company:update', input: { name: company } },
    ];
    const rpc = await cli.run(['--data-dir', fresh, 'rpc'], requests.map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect(rpc.code, rpc.stderr).toBe(0);
    const [created] = parseResponses(rpc.stdout);
    const id = (created?.value as { id: string }).id;
    const run = await cli.run(['--data-dir', fresh, 'posting', 'export', '--role', id, '--format', 'jsonld']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/<\/script/i);
    expect(run.stdout).not.toMatch(/[<>&\u2028\u2029]/);
    const ld = JSON.parse(run.stdout) as { title: string; hiringOrganization: { name: string }; jobLocation: { address: { addressLocality: string } } };
    expect(ld.title).toBe(title);
    expect(ld.hiringOrganization.name).toBe(company);
    expect(ld.jobLocation.address.addressLocality).toBe(city);
  }, cliTimeout(2));

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

  it('writes into a folder with other files only with --force, keeping them, and never through a link', async () => {
    const busy = dir();
    fs.writeFileSync(path.join(busy, 'notes.txt'), 'my notes');
    const refused = await cli.run(['--data-dir', dataDir, 'careers-site', '--out', busy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already has other files in it');
    expect(refused.stderr).toContain('add --force');
    expect(fs.readdirSync(busy)).toEqual(['notes.txt']);
    const forced = await cli.run(['--data-dir', dataDir, 'careers-site', '--out', busy, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(path.join(busy, 'notes.txt'), 'utf8')).toBe('my notes');
    expect(fs.readdirSync(path.join(busy, 'roles'))).toEqual(['weekend-barista.html']);

    const linked = dir();
    const outside = dir();
    fs.symlinkSync(outside, path.join(linked, 'roles'));
    const link = await cli.run(['--data-dir', dataDir, 'careers-site', '--out', linked, '--force']);
    expect(link.code).toBe(1);
    expect(link.stderr).toContain('roles is a link (symlink)');
    expect(fs.readdirSync(outside)).toEqual([]);
  }, cliTimeout(3));
});

// `hirebook candidates intake FILE... [--role ID] --json` through the real CLI bundle: a folder of a PDF
// résumé, a saved .eml with a PDF attached and a file that is neither, plus a real Outlook .msg, read in
// the bundle's untrusted-file worker (mailparser and msgreader load there); the report's "needs a look"
// and refusals, the role's board, the plain-text report and a usage error. Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntakeReport, Pipeline } from '../../electron/contract';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { makeEml } from '../fixtures/intake/make-eml';
import { cliTimeout, parseResponses, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
const MSG_SAMPLE = path.join(__dirname, '../fixtures/intake/attachmentFiles.msg');

async function rpc(dir: string, channel: string, input: unknown): Promise<unknown> {
  const run = await cli.run(['--data-dir', dir, 'rpc'], `${JSON.stringify({ id: 1, channel, input })}\n`);
  expect(run.code, run.stderr).toBe(0);
  const [response] = parseResponses(run.stdout);
  expect(response?.ok, JSON.stringify(response)).toBe(true);
  return response?.value;
}

function applicants(root: string): string {
  const folder = path.join(root, 'applicants');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'amara.pdf'), makePdf(['Amara Okafor', 'amara@example.test', '+1 503 555 0142']));
  fs.writeFileSync(path.join(folder, 'notes.pdf'), makePdf(['Shift notes', 'Opening at six']));
  fs.writeFileSync(
    path.join(folder, 'dana.eml'),
    makeEml({
      from: 'Dana Whitfield <dana@example.test>',
      subject: 'Barista application',
      text: 'Hello, my CV is attached.',
      attachments: [{ fileName: 'dana-cv.pdf', contentType: 'application/pdf', bytes: makePdf(['Dana Whitfield', '(541) 555-0199']) }],
    }),
  );
  fs.writeFileSync(path.join(folder, 'photo.heic'), Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]));
  return folder;
}

describe('hirebook candidates intake', () => {
  it('adds a folder and an Outlook message to a role, reporting needs a look and refusals as JSON', async () => {
    const dir = cli.tempDir();
    const role = (await rpc(dir, 'roles:create', { title: 'Barista' })) as { id: string };
    const folder = applicants(cli.tempDir());
    const run = await cli.run(['--data-dir', dir, 'candidates', 'intake', folder, MSG_SAMPLE, '--role', role.id, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as IntakeReport;
    expect(report).toMatchObject({ created: 4, merged: 0, needsLook: 1, refused: 1, cancelled: false });
    expect(report.items.map((i) => [i.fileName, i.outcome, i.candidateName ?? null, i.needsLook])).toEqual([
      ['amara.pdf', 'created', 'Amara Okafor', false],
      ['dana.eml', 'created', 'Dana Whitfield', false],
      // "Shift notes" reads as a heading, not a name (attachments-rules.ts): the file's name stands in, so it needs a look.
      ['notes.pdf', 'created', 'Notes', true],
      ['photo.heic', 'refused', null, false],
      ['attachmentFiles.msg', 'created', 'hmailuser', false],
    ]);
    expect(report.items[2]?.reasons).toEqual(['No name was found in the résumé; "Notes" was taken from the file name.', 'No e-mail address or phone number was found in the résumé.']);
    expect(report.items[3]?.reasons[0]).toMatch(/^Hirebook reads résumés saved as PDF, Word \(\.docx\) or plain text, and saved e-mails/);
    const board = (await rpc(dir, 'pipeline:get', { roleId: role.id })) as Pipeline;
    expect(board.cards.map((c) => c.name).sort()).toEqual(['Amara Okafor', 'Dana Whitfield', 'Notes', 'hmailuser']);
    const list = await cli.run(['--data-dir', dir, 'candidates', 'list', '--json', '--search', '0199']);
    expect((JSON.parse(list.stdout) as { rows: { fullName: string }[] }).rows.map((r) => r.fullName)).toEqual(['Dana Whitfield']);
  }, cliTimeout(20));

  it('prints a plain report, merges someone already known, and explains a missing FILE', async () => {
    const dir = cli.tempDir();
    await rpc(dir, 'candidates:create', { fullName: 'A. Okafor', emails: ['amara@example.test'] });
    const folder = applicants(cli.tempDir());
    const run = await cli.run(['--data-dir', dir, 'candidates', 'intake', path.join(folder, 'amara.pdf'), path.join(folder, 'photo.heic')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Created 0, merged 1, needs a look 0, refused 1.');
    expect(run.stdout).toContain('amara.pdf [merged] → A. Okafor');
    expect(run.stdout).toContain('Same e-mail address as A. Okafor, who was already here: the file was added to them.');
    expect(run.stdout).toContain('photo.heic [refused]');
    const usage = await cli.run(['--data-dir', dir, 'candidates', 'intake']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('"candidates intake" needs at least one FILE');
  }, cliTimeout(12));
});

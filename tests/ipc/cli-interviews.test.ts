// `hirebook interviews list|ics` and `hirebook kit pdf` through the real CLI bundle: JSON and one line per
// interview, the .ics file read back, a kit PDF, and clear errors (exit 1) for an unknown id or an
// unwritable path. Runs in Vitest (Node), printing with the system Chromium.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { InterviewList } from '../../electron/contract';
import { createCore } from '../../electron/core/create-core';
import { pdfInfo } from '../helpers/postings';
import { quietLogger } from '../helpers/temp-core';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
const UNKNOWN = '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';
let dataDir = '';

beforeAll(async () => {
  dataDir = cli.tempDir();
  const core = createCore({ dataDir, logger: quietLogger });
  await core.dispatch('sample:load', {});
  await core.close();
}, 120_000);

async function listed(): Promise<InterviewList> {
  const run = await cli.run(['--data-dir', dataDir, 'interviews', 'list', '--json']);
  expect(run.code, run.stderr).toBe(0);
  return InterviewList.parse(JSON.parse(run.stdout));
}

describe('hirebook interviews list', () => {
  it('prints {"interviews": [...]} with --json, and one line per interview without', async () => {
    const { interviews } = await listed();
    expect(interviews.map((i) => i.candidateName)).toEqual(['José Núñez García', 'Priya Raghunathan', 'Amara Okafor', 'Kenji Watanabe']);
    const run = await cli.run(['--data-dir', dataDir, 'interviews', 'list']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^WHEN\s+ZONE\s+MIN\s+KIND\s+CANDIDATE\s+ROLE\s+INTERVIEWERS\s+STATUS\s+ID$/);
    expect(lines).toHaveLength(interviews.length + 2);
    interviews.forEach((interview, n) => {
      expect(lines[n + 1]).toContain(interview.candidateName);
      expect(lines[n + 1]).toMatch(new RegExp(`${interview.id}$`));
    });
    expect(lines[2]).toContain('awaiting feedback (0/2)');
    expect(lines.at(-1)).toBe('4 interviews');
  }, cliTimeout(2));

  it('says so when there are none', async () => {
    const run = await cli.run(['--data-dir', cli.tempDir(), 'interviews', 'list']);
    expect(run).toMatchObject({ code: 0, stdout: 'No interviews yet.\n' });
  }, cliTimeout(1));
});

describe('hirebook interviews ics', () => {
  it('writes the calendar file, which reads back with the booked zone and start', async () => {
    const [interview] = (await listed()).interviews;
    const out = path.join(cli.tempDir(), 'interview.ics');
    const run = await cli.run(['--data-dir', dataDir, 'interviews', 'ics', '--id', interview?.id ?? '', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Wrote ${out}\n`);
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(out, 'utf8')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.zone?.tzid).toBe('America/Los_Angeles');
    expect(new Date(event.startDate.toUnixTime() * 1000).toISOString()).toBe(interview?.startsAt);
    expect(event.summary).toBe(`Interview: ${interview?.candidateName} (${interview?.roleTitle})`);
  }, cliTimeout(2));

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const [interview] = (await listed()).interviews;
    const out = path.join(cli.tempDir(), 'interview.ics');
    fs.writeFileSync(out, 'BEGIN:VCALENDAR\r\nmy own calendar\r\nEND:VCALENDAR\r\n');
    const args = ['--data-dir', dataDir, 'interviews', 'ics', '--id', interview?.id ?? '', '--out', out];
    const refused = await cli.run(args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`hirebook: ${out} already exists; add --force to replace it\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe('BEGIN:VCALENDAR\r\nmy own calendar\r\nEND:VCALENDAR\r\n');
    const forced = await cli.run([...args, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('BEGIN:VEVENT');
  }, cliTimeout(2));

  it('fails with exit 1 for an unknown id or an unwritable path, and 2 without --id', async () => {
    const out = path.join(cli.tempDir(), 'x.ics');
    const unknown = await cli.run(['--data-dir', dataDir, 'interviews', 'ics', '--id', UNKNOWN, '--out', out]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(`hirebook: no interview with id "${UNKNOWN}" (see "hirebook interviews list")\n`);
    const garbage = await cli.run(['--data-dir', dataDir, 'interviews', 'ics', '--id', 'nope', '--out', out]);
    expect(garbage.code).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    const [interview] = (await listed()).interviews;
    const nowhere = path.join(cli.tempDir(), 'missing-folder', 'x.ics');
    const unwritable = await cli.run(['--data-dir', dataDir, 'interviews', 'ics', '--id', interview?.id ?? '', '--out', nowhere]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('the folder does not exist');
    const usage = await cli.run(['--data-dir', dataDir, 'interviews', 'ics', '--out', out]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--id ID is required');
  }, cliTimeout(5));
});

describe('hirebook kit pdf', () => {
  it('prints the kit of a sample role, and refuses an unknown role', async () => {
    const { interviews } = await listed();
    const barista = interviews.find((i) => i.roleTitle === 'Barista');
    const out = path.join(cli.tempDir(), 'kit.pdf');
    const run = await cli.run(['--data-dir', dataDir, 'kit', 'pdf', '--role', barista?.roleId ?? '', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*kit\.pdf \(\d pages?\)\n$/);
    expect(pdfInfo(fs.readFileSync(out)).pageSize).toBe('612 x 792 pts (letter)');
    const unknown = await cli.run(['--data-dir', dataDir, 'kit', 'pdf', '--role', UNKNOWN, '--out', out]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`no role with id "${UNKNOWN}"`);
    const printed = fs.readFileSync(out);
    const again = await cli.run(['--data-dir', dataDir, 'kit', 'pdf', '--role', barista?.roleId ?? '', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`hirebook: ${out} already exists; add --force to replace it\n`);
    expect(fs.readFileSync(out)).toEqual(printed);
  }, cliTimeout(5));
});

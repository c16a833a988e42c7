// `hirebook reports NAME` and `hirebook today` through the real CLI bundle on the reports' fixture history
// (tests/helpers/reports-seed.ts): --json is the channel's answer, plain text a table with each column's
// definition, calendar days on the computer's clock (TZ), and clear usage errors (exit 2) or a missing
// role (exit 1). Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { Report, Today } from '../../electron/contract';
import { reportsWorld } from '../helpers/reports-seed';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
const LONDON = { TZ: 'Europe/London' };

async function seeded() {
  const dataDir = cli.tempDir();
  const world = await reportsWorld(dataDir);
  await world.core.close();
  return { dataDir, world };
}

describe('hirebook reports', () => {
  it('prints the report as JSON and as a table with its definitions, days on the computer’s clock', async () => {
    const { dataDir, world } = await seeded();
    const json = await cli.run(['--data-dir', dataDir, 'reports', 'time-to-hire', '--from', '2026-03-01', '--to', '2026-03-31', '--json'], '', LONDON);
    expect(json.code, json.stderr).toBe(0);
    const report = Report.parse(JSON.parse(json.stdout));
    // In London Di's hire (23:30 UTC on 31 March) falls on 1 April: Ana 25, Gu 11, Jo 19 days; median 19.
    expect(report.rows[0]).toEqual({ group: 'All roles', count: 3, median: 19, p25: 15, p75: 22, min: 11, max: 25 });
    expect(report.timeZone).toBe('Europe/London');

    const text = await cli.run(['--data-dir', dataDir, 'reports', 'funnel', '--role', world.roles.barista.id], '', LONDON);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Pipeline funnel');
    const header = lines.findIndex((l) => /^STAGE\s+REACHED\s+CONVERSION\s+ROLES$/.test(l));
    expect(header).toBeGreaterThan(0);
    // Barista, all dates: Ana Bo Cy Di Ed Fa (6); Screening Ana Bo Cy Di (4, 66.7%); Hired Ana Di (2 of Offer's 3).
    expect(lines[header + 1]).toMatch(/^Applied\s+6\s+1$/);
    expect(lines[header + 2]).toMatch(/^Screening\s+4\s+66\.7%\s+1$/);
    expect(lines[header + 5]).toMatch(/^Hired\s+2\s+66\.7%\s+1$/);
    expect(text.stdout).toContain('What each column means:\n  Stage: ');
  }, cliTimeout(3));

  it('refuses an unknown report, a date that does not exist and an unknown role, with clear words', async () => {
    const dataDir = cli.tempDir();
    const unknownName = await cli.run(['--data-dir', dataDir, 'reports', 'velocity']);
    expect(unknownName.code).toBe(2);
    expect(unknownName.stderr).toContain('unknown report "velocity" (use one of: funnel, time-to-hire');
    const badDate = await cli.run(['--data-dir', dataDir, 'reports', 'funnel', '--from', '2026-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--from needs a date like 2026-03-31 (got "2026-02-30")');
    const backwards = await cli.run(['--data-dir', dataDir, 'reports', 'funnel', '--from', '2026-04-01', '--to', '2026-03-01']);
    expect(backwards.code).toBe(2);
    const noRole = await cli.run(['--data-dir', dataDir, 'reports', 'funnel', '--role', '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e']);
    expect(noRole.code).toBe(1);
    expect(noRole.stderr).toContain('no role with id "0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e"');
  }, cliTimeout(4));
});

describe('hirebook today', () => {
  it('offers the first steps in an empty folder and prints the sections as JSON', async () => {
    const empty = await cli.run(['--data-dir', cli.tempDir(), 'today']);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout).toContain('Create your first role');
    const { dataDir } = await seeded();
    const run = await cli.run(['--data-dir', dataDir, 'today', '--json'], '', LONDON);
    expect(run.code, run.stderr).toBe(0);
    const today = Today.parse(JSON.parse(run.stdout));
    // Runner is open and nobody applied to it.
    expect(today.sections.find((s) => s.key === 'no-applicants')?.items.map((i) => i.title)).toEqual(['Runner']);
  }, cliTimeout(2));
});

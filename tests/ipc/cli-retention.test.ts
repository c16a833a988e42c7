// `hirebook retention` through the real CLI bundle on the retention history (tests/helpers/retention-seed.ts)
// dated back from the real clock: who is due (JSON and a table with the command to erase them), an erase
// refused without --yes (nothing erased), an erase with --yes that erases the due and leaves the hired (exit 1,
// saying so), the settings and the notice. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { RetentionDue, RetentionSettings } from '../../electron/contract';
import { seedRetention } from '../helpers/retention-seed';
import { tempCore } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();

async function seeded() {
  const dataDir = cli.tempDir();
  const now = Date.now();
  let clock = now;
  const core = tempCore({ dataDir, now: () => new Date(clock) });
  const world = await seedRetention(core, (ms) => { clock = ms; }, now, fileOnDisk);
  await core.close();
  return { dataDir, ...world };
}

describe('hirebook retention', () => {
  it('lists who is due, refuses to erase without --yes, erases with it, and leaves whoever is not due', async () => {
    const { dataDir, ids } = await seeded();
    const due = RetentionDue.parse(JSON.parse((await cli.run(['--data-dir', dataDir, 'retention', 'due', '--json'])).stdout));
    expect(due.people.map((p) => p.fullName)).toEqual(['Ana Old', 'Bo Gone']);

    const table = await cli.run(['--data-dir', dataDir, 'retention', 'due']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('2 people are due for deletion on ');
    expect(table.stdout).toMatch(/Ana Old\s+Barista\s+\d{4}-\d{2}-\d{2}\s+Rejected; no activity for 14 months\.\s+1 application, 1 note, 1 file/);
    expect(table.stdout).toContain(`To erase them: hirebook retention erase ${ids.ana} ${ids.bo} --yes`);

    const refused = await cli.run(['--data-dir', dataDir, 'retention', 'erase', ids.ana]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('erasing cannot be undone: this person and everything about them will be gone (backups made earlier still hold them until they rotate out). Add --yes to erase.');

    const erased = await cli.run(['--data-dir', dataDir, 'retention', 'erase', ids.ana, ids.cy, '--yes']);
    expect(erased.code).toBe(1);
    expect(erased.stdout).toContain(`${ids.ana}  erased: Erased.`);
    expect(erased.stdout).toContain(`${ids.cy}  not-due: Left alone`);
    expect(erased.stdout).toContain('1 person erased.');
    expect(erased.stderr).toContain('1 person was left as they were (see above).');
    const after = RetentionDue.parse(JSON.parse((await cli.run(['--data-dir', dataDir, 'retention', 'due', '--json'])).stdout));
    expect(after.people.map((p) => p.fullName)).toEqual(['Bo Gone']);
  }, cliTimeout(6));

  it('shows and changes the company default, refuses a period out of range, and prints the notice', async () => {
    const dataDir = cli.tempDir();
    const shown = await cli.run(['--data-dir', dataDir, 'retention', 'settings']);
    expect(shown.stdout).toBe('Retention period: 12 months\nThen:             erase\n');
    const changed = await cli.run(['--data-dir', dataDir, 'retention', 'settings', '--months', '18', '--json']);
    expect(RetentionSettings.parse(JSON.parse(changed.stdout))).toEqual({ months: 18, action: 'erase' });
    const bad = await cli.run(['--data-dir', dataDir, 'retention', 'settings', '--months', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--months needs a whole number from 1 to 120, or "off" (got "0")');
    const notice = await cli.run(['--data-dir', dataDir, 'retention', 'notice']);
    expect(notice.stdout).toContain('If you are not hired, we delete your details 18 months after our last contact with you.');
  }, cliTimeout(4));
});

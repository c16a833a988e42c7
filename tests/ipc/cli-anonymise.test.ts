// `hirebook candidates anonymise ID --yes` and `hirebook backups --holding ID` through the real CLI bundle:
// refused without --yes (nothing changes), then the person is anonymised and told which backups still hold
// them; a restore of the backup made before erases them again and says so. Runs in Vitest (Node).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateProfile } from '../../electron/contract';
import { createCore } from '../../electron/core';
import { quietLogger, value } from '../helpers/temp-core';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();

describe('hirebook candidates anonymise', () => {
  it('asks for --yes, anonymises, lists the backups that still hold the person, and a restore anonymises again', async () => {
    const dir = cli.tempDir();
    const core = createCore({ dataDir: dir, logger: quietLogger });
    const made = value<CandidateCreateResult>(await core.dispatch('candidates:create', { fullName: 'Ana Lima', emails: ['ana@example.test'] }));
    await core.close();
    const id = made.candidate.id;
    const out = path.join(cli.tempDir(), 'before.hirebook-backup');
    expect((await cli.run(['--data-dir', dir, 'backup', '--out', out])).code).toBe(0);

    const refused = await cli.run(['--data-dir', dir, 'candidates', 'anonymise', id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/add --yes to confirm/);

    const done = await cli.run(['--data-dir', dir, 'candidates', 'anonymise', id, '--yes']);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/^Anonymised .*: now "Anonymous candidate [0-9A-F]{4}"\.\nKept for the reports: 0 applications with their stage history/);
    // The backup written outside the backups folder is not one the app keeps track of.
    expect(done.stdout).toMatch(/No backup in the backups folder or the second folder holds this person\./);

    const again = await cli.run(['--data-dir', dir, 'candidates', 'anonymise', id, '--yes']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already anonymised/);

    const holding = await cli.run(['--data-dir', dir, 'backups', '--holding', id, '--json']);
    expect(holding.code, holding.stderr).toBe(0);
    expect(JSON.parse(holding.stdout)).toMatchObject({ archives: [], holding: 0, unknown: 0 });

    const restored = await cli.run(['--data-dir', dir, 'restore', out]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Erased again: 0 and anonymised again: 1 people/);
    const reopened = createCore({ dataDir: dir, logger: quietLogger });
    const back = value<CandidateProfile>(await reopened.dispatch('candidates:get', { id }));
    await reopened.close();
    expect(back.fullName).toMatch(/^Anonymous candidate/);
    expect(back.emails).toEqual([]);
  }, cliTimeout(6));
});

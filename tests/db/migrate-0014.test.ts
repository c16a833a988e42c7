// Migration 0014 (ended candidates) on a schema-13 file holding the retention history of
// tests/helpers/retention-seed.ts: each candidate's applications_ended flag comes out as the rule reads it
// (1 only for people with applications, every one rejected or withdrawn), the Due for deletion list is the
// same as before, and the triggers keep the flag true through new applications, rejections, hires and a
// merge, without ever touching the person's updated_at. Runs in Vitest on real SQLite files.
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, RejectionReasonList, RetentionDue } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { call } from '../helpers/applicants';
import { seedRetention } from '../helpers/retention-seed';
import { UNDO_MIGRATION_14, UNDO_MIGRATION_15, UNDO_MIGRATION_17, UNDO_MIGRATION_18 } from '../helpers/schema-folder';
import { tempCore, withRawDb, writeRawDb } from '../helpers/temp-core';
import { fileOnDisk } from '../helpers/temp-files';

const NOW = Date.parse('2026-03-07T15:00:00.000Z');
const TZ = 'Europe/London';

type Flags = Record<string, { ended: number; updatedAt: string }>;

function flags(path: string): Flags {
  return withRawDb(path, (db) => Object.fromEntries(
    (db.prepare('SELECT full_name, applications_ended, updated_at FROM candidates').all() as { full_name: string; applications_ended: number; updated_at: string }[])
      .map((r) => [r.full_name, { ended: r.applications_ended, updatedAt: r.updated_at }]),
  ));
}

const ended = (f: Flags) => Object.entries(f).filter(([, v]) => v.ended === 1).map(([name]) => name).sort();

describe('migration 0014-ended-candidates', () => {
  it('flags the people whose applications all ended, and the triggers keep the flag true', async () => {
    let clock = NOW;
    const first = tempCore({ now: () => new Date(clock) });
    const { ids } = await seedRetention(first, (ms) => { clock = ms; }, NOW, fileOnDisk);
    const dueBefore = await call<RetentionDue>(first, 'retention:due', { timeZone: TZ });
    const { dataDir } = first;
    await first.close();
    // Back to schema 13: migration 18's counts, the best rating (migration 17), the offers (migration 15) and the flag, its index and
    // triggers gone, as a file written by the version before.
    writeRawDb(`${dataDir}/hirebook.db`, (db) => db.exec(`${UNDO_MIGRATION_18} ${UNDO_MIGRATION_17} ${UNDO_MIGRATION_15} ${UNDO_MIGRATION_14} PRAGMA user_version = 13;`));

    const core = tempCore({ dataDir, now: () => new Date(clock) });
    withRawDb(core.databasePath, (db) => expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION));
    const before = flags(core.databasePath);
    // Rejected or withdrew, and nothing else: Ana, Bo, Ed (kept until later), Fa (recent), Gu (recent note).
    // Not Cy (hired), Di (active) or Hal (no application).
    expect(ended(before)).toEqual(['Ana Old', 'Bo Gone', 'Ed Kept', 'Fa Recent', 'Gu Noted']);
    expect(await call<RetentionDue>(core, 'retention:due', { timeZone: TZ })).toEqual(dueBefore);

    // A new application opens Ana again; rejecting it closes her again. Her own record's updated_at is
    // whatever the channels set, never the trigger's doing (checked on a raw status change below).
    const reasons = await call<RejectionReasonList>(core, 'rejection-reasons:list', {});
    const weRejected = reasons.reasons.find((r) => r.kind === 'we_rejected')?.id;
    const cook = await call<{ id: string }>(core, 'roles:create', { title: 'Cook' });
    await call(core, 'applications:create', { candidateId: ids.ana, roleIds: [cook.id] });
    expect(flags(core.databasePath)['Ana Old']?.ended).toBe(0);
    expect((await call<RetentionDue>(core, 'retention:due', { timeZone: TZ })).people.map((p) => p.fullName)).toEqual(['Bo Gone']);
    const anaCook = withRawDb(core.databasePath, (db) => db.prepare('SELECT id FROM applications WHERE candidate_id = ? AND role_id = ?').pluck().get(ids.ana, cook.id) as string);
    await call(core, 'applications:reject', { applicationIds: [anaCook], reasonId: weRejected });
    expect(flags(core.databasePath)['Ana Old']?.ended).toBe(1);

    // Hal's first application (to a role) makes him open, then hired: never ended.
    const hal = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Hal Two', emails: ['hal2@example.test'], roleId: cook.id });
    expect(flags(core.databasePath)['Hal Two']?.ended).toBe(0);
    await call(core, 'applications:hire', { applicationId: hal.candidate.applications[0]?.id });
    expect(flags(core.databasePath)['Hal Two']?.ended).toBe(0);

    // A raw status change (as a restore or a later migration might make) flips the flag and leaves updated_at.
    const boBefore = flags(core.databasePath)['Bo Gone'];
    writeRawDb(core.databasePath, (db) => db.prepare("UPDATE applications SET status = 'active' WHERE candidate_id = ?").run(ids.bo));
    expect(flags(core.databasePath)['Bo Gone']).toEqual({ ended: 0, updatedAt: boBefore?.updatedAt });
    writeRawDb(core.databasePath, (db) => db.prepare("UPDATE applications SET status = 'withdrawn' WHERE candidate_id = ?").run(ids.bo));
    expect(flags(core.databasePath)['Bo Gone']).toEqual({ ended: 1, updatedAt: boBefore?.updatedAt });

    // Merging Mo (active for Cook) into Fa (ended, Barista only): Fa now has an open application; Mo is gone.
    const mo = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Mo New', emails: ['mo@example.test'], roleId: cook.id });
    await call(core, 'candidates:merge', { keepId: ids.fa, mergeId: mo.candidate.id });
    const merged = flags(core.databasePath);
    expect(merged['Fa Recent']?.ended).toBe(0);
    expect(merged['Mo New']).toBeUndefined();
    // Deleting every application of a person leaves them with none: not ended.
    writeRawDb(core.databasePath, (db) => db.prepare('DELETE FROM applications WHERE candidate_id = ?').run(ids.gu));
    expect(flags(core.databasePath)['Gu Noted']?.ended).toBe(0);
    await core.close();
  });
});

// Erased people never come back from a backup: a backup made before an erasure, restored after it, erases
// the person again before the restored data is used (not in the database, not in the raw bytes of the data
// folder) and anonymises again whoever was anonymised, also when the erasure came after the restore was
// staged; an archive's own ledger comes along and is honoured by later restores; manifests list the ids of
// the people an archive holds; backup:holding tells which archives in backups/ and the second folder still
// hold someone (plain, encrypted, older). Runs in Vitest on real files, in-thread.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import type { BackupHolding, BackupRestoreResult, CandidateCreateResult, CandidateProfile } from '../../electron/contract';
import { installationLedger, installationLedgerForRestore } from '../../electron/core/backup/backup-erasures';
import { backupHandlersWith } from '../../electron/core/backup/backup-handlers';
import { readPlainManifest } from '../../electron/core/backup/backup-read';
import { call, errorOf } from '../helpers/applicants';
import { holding } from '../helpers/marker-scan';
import { tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

const FAST = { scryptWorkFactor: 10 };
const M = 'Qzxledgerv';

function core(dataDir: string, now?: () => Date) {
  return tempCore({ dataDir, handlers: backupHandlersWith(FAST), ...(now ? { now } : {}) });
}

type Core = ReturnType<typeof core>;

/** A person with the marker in their name, e-mail, summary and a résumé file of their own. */
async function person(c: Core, label: string): Promise<string> {
  const made = await call<CandidateCreateResult>(c, 'candidates:create', {
    fullName: `${label} ${M}name`, emails: [`${M}${label.toLowerCase()}@example.com`], summary: `${M}summary ${label}`,
  });
  const upload = path.join(tempDir(), `${label}.txt`);
  fs.writeFileSync(upload, `Résumé of ${label}: ${M}resume\n`);
  await call(c, 'attachments:add', { candidateId: made.candidate.id, kind: 'resume', fileName: `${M}-${label}.txt`, path: upload });
  return made.candidate.id;
}

async function archive(c: Core, file = path.join(tempDir(), 'a.hirebook-backup'), passphrase?: string): Promise<string> {
  await call(c, 'backup:create', { jobId: randomUUID(), path: file, ...(passphrase ? { passphrase } : {}) });
  return file;
}

/** Restores `file` into the data folder of `c`, closes it and opens the folder again (the switch). */
async function restoreInto(c: Core, file: string): Promise<{ result: BackupRestoreResult; reopened: Core }> {
  const result = await call<BackupRestoreResult>(c, 'backup:restore', { jobId: randomUUID(), path: file });
  await c.close();
  return { result, reopened: core(c.dataDir) };
}

const ledger = (c: Core) => withRawDb(c.databasePath, (db) => db.prepare('SELECT candidate_id AS id, kind FROM erasures ORDER BY kind, candidate_id').all());

describe('backups remember erasures', () => {
  it('a backup made before an erasure, restored after it, erases and anonymises again', async () => {
    const dataDir = tempDir();
    const c = core(dataDir);
    const gone = await person(c, 'Gone');
    const anon = await person(c, 'Anon');
    const kept = (await call<CandidateCreateResult>(c, 'candidates:create', { fullName: 'Kept Person' })).candidate.id;
    const before = await archive(c);
    expect((await readPlainManifest(before)).candidateIds).toEqual([gone, anon, kept].sort());
    expect(fs.readFileSync(before).includes(M)).toBe(true);

    await call(c, 'candidates:delete', { id: gone });
    await call(c, 'candidates:anonymise', { id: anon });
    // A backup made now lists neither: one is gone, nothing personal is left of the other.
    expect((await readPlainManifest(await archive(c))).candidateIds).toEqual([kept]);

    const { result, reopened } = await restoreInto(c, before);
    expect(result.erasedAgain).toEqual({ erased: 1, anonymised: 1 });
    expect((await errorOf(reopened, 'candidates:get', { id: gone })).code).toBe('not_found');
    const back = await call<CandidateProfile>(reopened, 'candidates:get', { id: anon });
    expect(back.fullName).toMatch(/^Anonymous candidate [0-9A-F]{4}$/);
    expect(back).toMatchObject({ emails: [], summary: '', attachments: [] });
    expect((await call<CandidateProfile>(reopened, 'candidates:get', { id: kept })).fullName).toBe('Kept Person');
    expect(ledger(reopened)).toEqual([{ id: anon, kind: 'anonymised' }, { id: gone, kind: 'erased' }]);
    // Nowhere in the data folder: the restored database, its WAL, the attachments, the replaced data kept aside.
    expect(holding(dataDir, M)).toEqual([]);
  });

  it('an erasure made after the restore was staged, before the switch, applies to the restored data too', async () => {
    const dataDir = tempDir();
    const c = core(dataDir);
    const late = await person(c, 'Late');
    const before = await archive(c);
    // The restore is staged and decided; the old core runs on until it is reopened, and erases someone.
    const staged = await call<BackupRestoreResult>(c, 'backup:restore', { jobId: randomUUID(), path: before });
    expect(staged.erasedAgain).toEqual({ erased: 0, anonymised: 0 });
    await call(c, 'candidates:delete', { id: late });
    await c.close();
    const reopened = core(dataDir);
    expect((await errorOf(reopened, 'candidates:get', { id: late })).code).toBe('not_found');
    expect(ledger(reopened)).toEqual([{ id: late, kind: 'erased' }]);
    expect(holding(dataDir, M)).toEqual([]);
  });

  it('a data file too damaged to read its ledger does not stop a restore (that is how it is mended)', () => {
    const garbage = path.join(tempDir(), 'hirebook.db');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    expect(() => installationLedger(garbage, undefined)).toThrow();
    expect(installationLedgerForRestore(garbage, undefined)).toEqual([]);
    expect(installationLedgerForRestore(path.join(tempDir(), 'none.db'), undefined)).toEqual([]);
  });

  it("an archive's own ledger comes along: restored elsewhere, it erases again from an even older backup", async () => {
    const a = core(tempDir());
    const gone = await person(a, 'Gone');
    const old = await archive(a);
    await call(a, 'candidates:delete', { id: gone });
    const newer = await archive(a);

    // Another computer (its own ledger empty) restores the newer backup: its ledger becomes this one's.
    const first = await restoreInto(core(tempDir()), newer);
    expect(first.result.erasedAgain).toEqual({ erased: 0, anonymised: 0 });
    expect(ledger(first.reopened)).toEqual([{ id: gone, kind: 'erased' }]);
    // Then the older one, which still holds the person: erased again on the way in.
    const second = await restoreInto(first.reopened, old);
    expect(second.result.erasedAgain).toEqual({ erased: 1, anonymised: 0 });
    expect((await errorOf(second.reopened, 'candidates:get', { id: gone })).code).toBe('not_found');
    expect(holding(second.reopened.dataDir, M)).toEqual([]);
  });

  it('backup:holding tells which backups in backups/ and the second folder still hold a person', async () => {
    let clock = Date.parse('2026-03-01T10:00:00.000Z');
    const dataDir = tempDir();
    const stick = tempDir();
    const c = core(dataDir, () => new Date(clock));
    const gone = await person(c, 'Gone');
    await call(c, 'backup:settings', { secondFolder: stick });
    await call(c, 'backup:auto', { reason: 'daily' });
    const backups = path.join(dataDir, 'backups');
    // An encrypted backup and one from before manifests listed people, kept in backups/ by the owner.
    await archive(c, path.join(backups, 'locked.hirebook-backup'), 'correct horse battery');
    const manifest = await readPlainManifest(await archive(c));
    const { candidateIds: _ids, ...older } = manifest;
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(older)), 'manifest.json');
    zip.end();
    await new Promise<void>((resolve) => {
      zip.outputStream.pipe(fs.createWriteStream(path.join(backups, 'older.hirebook-backup'))).on('close', () => resolve());
    });

    clock = Date.parse('2026-03-02T10:00:00.000Z');
    await call(c, 'candidates:delete', { id: gone });
    await call(c, 'backup:auto', { reason: 'daily' });

    const answer = await call<BackupHolding>(c, 'backup:holding', { candidateId: gone });
    const states = answer.archives.map((a) => [a.folder, a.name, a.state, a.rotatesOutBy]);
    // 1 March was a Sunday: that archive stays as its week's newest until four newer weeks have one (23 March).
    expect(states).toEqual([
      ['backups', 'auto-2026-03-01T10-00-00-000Z.hirebook-backup', 'holds', '2026-03-23T10:00:00.000Z'],
      ['backups', 'auto-2026-03-02T10-00-00-000Z.hirebook-backup', 'does_not_hold', null],
      ['backups', 'locked.hirebook-backup', 'unknown_encrypted', null],
      ['backups', 'older.hirebook-backup', 'unknown_older', null],
      ['second', 'auto-2026-03-01T10-00-00-000Z.hirebook-backup', 'holds', '2026-03-23T10:00:00.000Z'],
      ['second', 'auto-2026-03-02T10-00-00-000Z.hirebook-backup', 'does_not_hold', null],
    ]);
    expect(answer).toMatchObject({ holding: 2, unknown: 2 });
    expect(answer.message).toMatch(/^2 backups still hold this person; rotation removes them by 23 March 2026 if a backup is made each day\./);
    expect(answer.message).toMatch(/unknown without the passphrase/);
    expect(answer.message).toMatch(/older Hirebook/);
    // Someone no backup ever held.
    const nobody = value<BackupHolding>(await c.dispatch('backup:holding', { candidateId: randomUUID() }));
    expect(nobody.holding).toBe(0);
    expect(nobody.message).not.toMatch(/still hold/);
  });
});

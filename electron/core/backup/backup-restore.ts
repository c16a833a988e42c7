// Opening an archive on this computer: checks it completely (every member against the manifest, the
// database with PRAGMA integrity_check, a schema this app understands, every file the database refers to
// present) while unpacking it into a staging folder inside the data folder, and then either reports what
// it holds (inspect) or, for a restore, erases again in the staged copy whoever the erasure ledgers name
// (backup-erasures.ts) and commits the restore journal (restore-journal.ts), which the next opening of the
// data folder carries out. Nothing in use changes before that commit. Runs in a worker thread or in-thread.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupSummary } from '../../contract';
import { readUserVersion } from '../db/open-database';
import { openArchive, checkArchive } from './backup-read';
import { explainFileError, JobCancelled, type WriteBudget } from './backup-files';
import { workFolder } from './backup-folders';
import { ArchiveProblem, checkSchemaVersion, DATABASE_MEMBER, missingAttachments, replacedFolderName, type Manifest } from './backup-manifest-rules';
import { integrityProblems, referencedDigests } from './backup-repo';
import type { JobHooks, OpenParams } from './backup-job';
import { applyErasuresToStaged, installationLedgerForRestore, type ErasuresApplied } from './backup-erasures';
import { commitRestoreJournal } from './restore-journal';
import { summaryOf } from './backup-write';

function checkDatabase(file: string, manifest: Manifest, attachments: ReadonlySet<string>, params: OpenParams): void {
  let db: Database.Database;
  try {
    db = new Database(file, params.nativeBinding ? { nativeBinding: params.nativeBinding } : {});
  } catch (error) {
    throw new ArchiveProblem(`The backup's database cannot be opened: ${error instanceof Error ? error.message : String(error)}.`);
  }
  try {
    let problems: string[];
    try {
      problems = integrityProblems(db);
    } catch (error) {
      throw new ArchiveProblem(`The backup's database is damaged: ${error instanceof Error ? error.message : String(error)}.`);
    }
    if (problems.length > 0) throw new ArchiveProblem(`The backup's database is damaged: ${problems.slice(0, 3).join('; ')}.`);
    checkSchemaVersion(manifest, readUserVersion(db), params.latestSchema);
    const missing = missingAttachments(referencedDigests(db, manifest.tables), attachments);
    if (missing.length > 0) throw new ArchiveProblem(`The backup lacks ${missing.length} file(s) its database refers to (first: ${missing[0]}).`);
  } finally {
    db.close();
  }
}

export interface OpenOutcome {
  summary: BackupSummary;
  /** For a restore: where the data in use will be kept. */
  replacedDir: string | null;
  /** For a restore: who was erased or anonymised again in the restored data (backup-erasures.ts). */
  erasedAgain: ErasuresApplied;
}

export async function openBackup(params: OpenParams, hooks: JobHooks): Promise<OpenOutcome> {
  const budget: WriteBudget = { remaining: params.writeLimitBytes ?? null };
  const staging = workFolder(params.dataDir, 'restore');
  let committed = false;
  try {
    fs.mkdirSync(staging);
    const archive = await openArchive(params.archivePath, params.passphrase, staging, budget, hooks);
    const { manifest, attachments } = await checkArchive(archive.zipFile, hooks, staging, budget);
    if (archive.encrypted) fs.rmSync(archive.zipFile, { force: true });
    hooks.progress('check', 0, 1);
    checkDatabase(path.join(staging, DATABASE_MEMBER), manifest, attachments, params);
    hooks.progress('check', 1, 1);
    const summary = summaryOf(manifest, archive.encrypted, fs.statSync(params.archivePath).size);
    if (params.kind === 'inspect') return { summary, replacedDir: null, erasedAgain: { erased: 0, anonymised: 0 } };
    if (hooks.cancelled()) throw new JobCancelled();
    // Erased people stay erased: both ledgers are applied to the staged copy before anything is committed.
    const ledger = installationLedgerForRestore(params.databasePath, params.nativeBinding);
    const erasedAgain = applyErasuresToStaged(staging, path.join(staging, DATABASE_MEMBER), ledger, params.nativeBinding);
    if (hooks.cancelled()) throw new JobCancelled();
    const replaced = replacedFolderName(new Date(params.now));
    commitRestoreJournal(params.dataDir, { staging: path.basename(staging), replaced });
    committed = true;
    return { summary, replacedDir: path.join(params.dataDir, replaced), erasedAgain };
  } catch (error) {
    throw explainFileError(error, 'opening the backup');
  } finally {
    if (!committed) fs.rmSync(staging, { recursive: true, force: true });
  }
}

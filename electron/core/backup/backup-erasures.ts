// Erasures survive a restore. Before a restore is committed (backup-restore.ts, before the journal), the
// staged database is brought up to date with the erasure ledger of the installation it restores into (read
// from the database in use) as well as its own: every person either ledger names as erased is erased from
// it, and every person named as anonymised (where the archive had not done it yet) is anonymised, through the
// same service functions as the channels, with the ledger's own times; the ledger rows are kept, so the
// union becomes the new ledger. Files no one uses any more are removed from the staging folder, and the
// file is rewritten (VACUUM, secure_delete on) so none of their text stays in its free pages. All of this
// happens in the staging folder: a run killed before the commit leaves the data in use untouched and the
// staging folder a leftover, as before. When the switch is made (createCore, after completePendingRestore),
// the ledger of the replaced data is read once more and applied to the restored data, for erasures made in
// the window between the staging and the switch (the old core keeps running until it is reopened). Runs in
// the backup worker thread or on the core's thread.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { anonymiseCandidate, removeCandidate } from '../candidates/candidates-service';
import type { CoreLogger } from '../core-context';
import { candidateExists } from '../candidates/candidates-repo';
import { purgeSearchIndex } from '../candidates/candidates-search-repo';
import { erasureLedger, hasErasureLedger, mergeErasures, type ErasureEntry } from '../candidates/erasure-ledger-repo';
import { migrate } from '../db/migrate';
import { readUserVersion, type Db } from '../db/open-database';
import { truncateWal } from '../db/wal-truncate';
import { removeAttachment } from '../files/attachment-store';
import { ATTACHMENTS_FOLDER } from './backup-manifest-rules';
import { compactDatabase, eraseLikeTheCore } from './backup-repo';

/** The schema that brought the ledger (migration 12). */
const LEDGER_SCHEMA = 12;

/** The ledger of the database in use, or none (no database yet, or one from before the ledger). Throws when it cannot be read. */
export function installationLedger(databasePath: string, nativeBinding: string | undefined): ErasureEntry[] {
  if (!fs.existsSync(databasePath)) return [];
  const db = new Database(databasePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return hasErasureLedger(db) ? erasureLedger(db) : [];
  } finally {
    db.close();
  }
}

/**
 * The ledger of the database in use for a restore, or none when the file is too damaged to read it: a restore
 * is how a damaged folder is mended, so it must not be refused for this (the archive's own ledger still applies).
 */
export function installationLedgerForRestore(databasePath: string, nativeBinding: string | undefined): ErasureEntry[] {
  try {
    return installationLedger(databasePath, nativeBinding);
  } catch {
    return [];
  }
}

export interface ErasuresApplied {
  /** People erased or anonymised in the restored data because a ledger said so. */
  erased: number;
  anonymised: number;
}

/** Applies `installation` and the staged database's own ledger to it; see the file comment. */
export function applyErasures(db: Db, installation: readonly ErasureEntry[]): { applied: ErasuresApplied; unusedFiles: string[] } {
  const own = erasureLedger(db);
  const ownAnonymised = new Set(own.filter((e) => e.kind === 'anonymised').map((e) => e.candidateId));
  const all = [...own, ...installation].sort((a, b) => (a.erasedAt < b.erasedAt ? -1 : a.erasedAt > b.erasedAt ? 1 : 0));
  const applied: ErasuresApplied = { erased: 0, anonymised: 0 };
  const unusedFiles: string[] = [];
  db.transaction(() => {
    for (const entry of all) {
      if (!candidateExists(db, entry.candidateId)) continue;
      const stamp = () => entry.erasedAt;
      if (entry.kind === 'erased') {
        unusedFiles.push(...removeCandidate(db, entry.candidateId, stamp, { purge: false }));
        applied.erased += 1;
      } else if (!ownAnonymised.has(entry.candidateId)) {
        unusedFiles.push(...anonymiseCandidate(db, entry.candidateId, stamp, { purge: false }));
        ownAnonymised.add(entry.candidateId);
        applied.anonymised += 1;
      }
    }
    // The search index's leftovers of everyone above, merged away once (it takes a while on a large file).
    if (applied.erased + applied.anonymised > 0) purgeSearchIndex(db);
    // The union is the new ledger: rows for people this copy never held are kept too (an even older backup
    // restored later may hold them).
    mergeErasures(db, installation);
  }).immediate();
  return { applied, unusedFiles };
}

/**
 * Brings the staged database of a restore in line with both ledgers, before the restore is committed. A copy
 * from before the ledger is migrated first (the open would do it anyway) when there is anything to apply.
 */
export function applyErasuresToStaged(
  stagingDir: string,
  stagedDatabase: string,
  installation: readonly ErasureEntry[],
  nativeBinding: string | undefined,
): ErasuresApplied {
  const db = new Database(stagedDatabase, nativeBinding ? { nativeBinding } : {});
  try {
    if (readUserVersion(db) < LEDGER_SCHEMA) {
      if (installation.length === 0) return { erased: 0, anonymised: 0 };
      migrate(db);
    }
    eraseLikeTheCore(db);
    const { applied, unusedFiles } = applyErasures(db, installation);
    const attachments = path.join(stagingDir, ATTACHMENTS_FOLDER);
    for (const sha of new Set(unusedFiles)) removeAttachment(attachments, sha);
    // secure_delete has zeroed what was freed; rewriting the file drops the free pages as well.
    if (applied.erased + applied.anonymised > 0) compactDatabase(db);
    return applied;
  } finally {
    db.close();
  }
}

/**
 * Right after a restore's switch (createCore): applies the ledger of the data it replaced to the restored
 * data now in use. Usually there is nothing left to do (the staging applied it); an erasure made while the
 * old core still ran is caught here. Never stops the opening: replaced data that cannot be read is logged.
 */
export function reapplyReplacedLedger(
  db: Db,
  replacedDatabase: string,
  attachmentsDir: string,
  nativeBinding: string | undefined,
  logger: CoreLogger,
): void {
  try {
    const ledger = installationLedger(replacedDatabase, nativeBinding);
    if (ledger.length === 0) return;
    const { applied, unusedFiles } = applyErasures(db, ledger);
    for (const sha of new Set(unusedFiles)) removeAttachment(attachmentsDir, sha);
    if (applied.erased + applied.anonymised > 0) truncateWal(db);
  } catch (error) {
    logger.warn('The erasure ledger of the replaced data could not be applied after the restore', error);
  }
}

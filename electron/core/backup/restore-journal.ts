// The switch from the data in use to a restored backup, crash-safe. A restore first unpacks and checks
// the archive into .restore-staging-<id>/ (backup-restore.ts), then commits by writing restore-journal.json
// (temp file, fsync, rename). From then on the restore is decided, and completePendingRestore — run by
// createCore before it opens anything — carries it out: the data in use moves into replaced-<time>/,
// the staged files move in, the journal goes. Every step is a rename checked before it is made, so a run
// killed at any point is finished by the next run. Before the journal exists the folder is untouched and the
// staging folder is a leftover. Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { CoreOpenError } from '../errors';
import { acquireDataLock, busyMessage, lockHolder, removeDeadDrafts } from './backup-lock';
import { removeLeftoverWorkFolders } from './backup-folders';
import { fsyncFolder } from './backup-files';
import { ATTACHMENTS_FOLDER, DATABASE_MEMBER } from './backup-manifest-rules';

export const JOURNAL_FILE = 'restore-journal.json';

export interface RestoreJournal {
  /** The staging folder's name inside the data folder. */
  staging: string;
  /** The folder's name (replaced-<time>) the data in use moves into. */
  replaced: string;
}

/** Writes the journal durably: from its rename on, the restore will be carried out. */
export function commitRestoreJournal(dataDir: string, journal: RestoreJournal): void {
  const file = path.join(dataDir, JOURNAL_FILE);
  const temp = `${file}.tmp`;
  fs.rmSync(temp, { force: true });
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeSync(fd, JSON.stringify(journal));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  fsyncFolder(dataDir);
}

const SAFE_NAME = /^[A-Za-z0-9._-]+$/;

function readJournal(file: string): RestoreJournal {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<RestoreJournal>;
  if (typeof raw.staging !== 'string' || typeof raw.replaced !== 'string' || !SAFE_NAME.test(raw.staging) || !SAFE_NAME.test(raw.replaced)) {
    throw new Error('restore journal is not valid');
  }
  return { staging: raw.staging, replaced: raw.replaced };
}

const exists = (file: string): boolean => fs.existsSync(file);

/** Moves `from` to `to` unless it is already there; the folder of `to` is made first. */
function move(from: string, to: string): void {
  if (!exists(from)) return;
  if (exists(to)) throw new Error(`${to} already exists`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(from, to);
}

/** Carries out a committed restore; safe to run again after being killed at any point. */
function rollForward(dataDir: string, journal: RestoreJournal): void {
  const staging = path.join(dataDir, journal.staging);
  const replaced = path.join(dataDir, journal.replaced);
  fs.mkdirSync(replaced, { recursive: true });
  // Attachments first: while the staged copy is still in staging, the folder in place is the old one.
  if (exists(path.join(staging, ATTACHMENTS_FOLDER))) {
    move(path.join(dataDir, ATTACHMENTS_FOLDER), path.join(replaced, ATTACHMENTS_FOLDER));
    move(path.join(staging, ATTACHMENTS_FOLDER), path.join(dataDir, ATTACHMENTS_FOLDER));
  }
  // The database last: while the staged file is still in staging, the files in place (with their -wal
  // and -shm) are the old ones; the restored file is a single file with nothing beside it.
  if (exists(path.join(staging, DATABASE_MEMBER))) {
    for (const suffix of ['', '-wal', '-shm']) move(path.join(dataDir, DATABASE_MEMBER + suffix), path.join(replaced, DATABASE_MEMBER + suffix));
    move(path.join(staging, DATABASE_MEMBER), path.join(dataDir, DATABASE_MEMBER));
  }
  fsyncFolder(replaced);
  fsyncFolder(dataDir);
  fs.rmSync(path.join(dataDir, JOURNAL_FILE), { force: true });
  fsyncFolder(dataDir);
  fs.rmSync(staging, { recursive: true, force: true });
}

export interface PendingRestoreOutcome {
  /** The folder the replaced data went to, when a restore was completed now. */
  replacedDir: string | null;
}

/**
 * Run before the database is opened (createCore does): finishes a restore that was committed, and clears
 * what a killed backup or an uncommitted restore left behind. Throws CoreOpenError while another Hirebook
 * holds the folder's lock for a restore it has not finished.
 */
export function completePendingRestore(dataDir: string): PendingRestoreOutcome {
  const journalFile = path.join(dataDir, JOURNAL_FILE);
  if (!exists(dataDir)) return { replacedDir: null };
  fs.rmSync(`${journalFile}.tmp`, { force: true });
  const holder = lockHolder(dataDir);
  if (!exists(journalFile)) {
    // A backup may be running in another process (it needs no exclusive use); leave its folders alone.
    if (holder === null) removeLeftoverWorkFolders(dataDir);
    removeDeadDrafts(dataDir);
    return { replacedDir: null };
  }
  if (holder !== null && holder.pid !== process.pid) throw new CoreOpenError('database_unavailable', busyMessage(holder));
  const lock = holder === null ? acquireDataLock(dataDir, 'restore') : null;
  try {
    let journal: RestoreJournal;
    try {
      journal = readJournal(journalFile);
    } catch (error) {
      throw new CoreOpenError('database_unavailable', `A restore was interrupted and its journal (${journalFile}) cannot be read. Nothing was changed; ask for help before deleting it.`, { cause: error });
    }
    try {
      rollForward(dataDir, journal);
    } catch (error) {
      throw new CoreOpenError('database_unavailable', `Finishing an interrupted restore failed: ${error instanceof Error ? error.message : String(error)}. The data folder was left as it is.`, { cause: error });
    }
    removeLeftoverWorkFolders(dataDir);
    removeDeadDrafts(dataDir);
    return { replacedDir: path.join(dataDir, journal.replaced) };
  } finally {
    lock?.release();
  }
}

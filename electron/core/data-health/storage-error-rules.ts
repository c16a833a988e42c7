// What a failure from SQLite or the file system means for the owner: a full disk, another Hirebook holding
// the database, a damaged file, a read-only folder — and the plain message for each. Pure: the caller
// supplies the facts (free space, what was saved). Runs anywhere.

export type StorageFailure = 'disk_full' | 'busy' | 'damaged' | 'read_only';

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const BUSY = /^SQLITE_(BUSY|LOCKED)(_|$)/;
const DAMAGED = /^SQLITE_(CORRUPT|NOTADB|IOERR)(_|$)/;
const READ_ONLY = /^SQLITE_READONLY(_|$)|^(EROFS|EACCES|EPERM)$/;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The kind of storage failure behind an error (or its `cause` chain), or null for anything else.
 * SQLITE_BUSY/LOCKED arrive only after the connection's busy_timeout has run out; SQLITE_IOERR counts as
 * damage (the file could not be read back as written), which makes Hirebook read-only: the safe side.
 */
export function classifyStorageError(error: unknown): StorageFailure | null {
  for (let current = error, depth = 0; current != null && depth < 5; depth += 1) {
    const code = codeOf(current);
    if (code !== undefined) {
      if (FULL.has(code)) return 'disk_full';
      if (BUSY.test(code)) return 'busy';
      if (DAMAGED.test(code)) return 'damaged';
      if (READ_ONLY.test(code)) return 'read_only';
    }
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** At least this much free space is asked for after a full disk: room for the change, its log and a checkpoint. */
export const MIN_FREE_BYTES = 100 * 1024 * 1024;

/** Free space to ask for: 100 MB, or a tenth of the database (its write-ahead log grows with big changes). */
export function spaceNeeded(databaseBytes: number): number {
  return Math.max(MIN_FREE_BYTES, Math.ceil(databaseBytes / 10));
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.max(0, Math.round(bytes / 1024))} KB`;
}

export interface DiskFullFacts {
  /** What the request saved before the disk filled ("4,000 rows were imported and saved"), or null for nothing. */
  saved: string | null;
  /** Free bytes on the data folder's disk now, when known. */
  freeBytes: number | null;
  neededBytes: number;
}

/** What was lost and what to do, without claiming more than is known. */
export function diskFullMessage(facts: DiskFullFacts): string {
  const what = facts.saved
    ? `The disk holding your Hirebook data is full, so this was stopped part way: ${facts.saved}; the rest was not saved.`
    : 'The disk holding your Hirebook data is full, so this change was not saved.';
  const free = facts.freeBytes === null ? '' : ` (${formatBytes(facts.freeBytes)} free now)`;
  return `${what} Everything saved before it is safe. Free up at least ${formatBytes(facts.neededBytes)} on that disk${free} and try again.`;
}

export function busyMessage(saved: string | null): string {
  const what = saved ? `It stopped part way: ${saved}; the rest was not saved.` : 'Nothing was saved.';
  return `Another Hirebook window or the command line is saving to the same data, and it did not finish in time. ${what} Try again in a moment.`;
}

export function damagedWriteMessage(): string {
  return (
    'Hirebook found damage in its data file, so it is read-only now: nothing can be changed, to keep what is ' +
    'still readable safe. You can still look at your data, save a salvage copy, or restore the newest backup.'
  );
}

export function damagedMetMessage(saved: string | null): string {
  const what = saved ? ` Before that, ${saved}.` : ' This change was not saved.';
  return (
    `Hirebook could not read part of its data file: it is damaged.${what} Hirebook is read-only from now on, ` +
    'so nothing more is written to the damaged file; you can still look at what reads, save a salvage copy, or restore the newest backup.'
  );
}

export function readOnlyMessage(saved: string | null): string {
  const what = saved ? `It stopped part way: ${saved}; the rest was not saved.` : 'This change was not saved.';
  return `Hirebook cannot write to its data folder: the folder, the disk or the data file is read-only. ${what} Check the folder's permissions, or that the disk is not locked or full, then try again.`;
}

/**
 * The answer to an unexpected failure: says only what is known to be true. A write channel's handler runs
 * in one transaction, which rolled back when it threw; a job that commits in steps says what it saved.
 */
export function internalMessage(saved: string | null, write: boolean): string {
  const what = saved ? ` It stopped part way: ${saved}; the rest was not saved.` : write ? ' This change was not saved.' : '';
  return `Something went wrong inside Hirebook and this was not finished.${what} Please try again; the details are in Hirebook's log.`;
}

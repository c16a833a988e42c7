// One backup or restore at a time per data folder, across processes (the app, the CLI, a second app):
// an exclusive lock file <dataDir>/backup.lock holding the owner's pid, host and start time, put in place whole. A lock left
// by a process that is gone (killed, crashed) is stale and taken over. Runs in plain Node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../errors';
import { namesIn } from './backup-folders';

export const LOCK_FILE = 'backup.lock';

/** A lock from another computer (a shared folder) whose pid cannot be checked counts as stale after this. */
const FOREIGN_STALE_MS = 24 * 60 * 60 * 1000;
/** A lock file still empty or unreadable after this is a crash mid-write, not a lock being made. */
const UNREADABLE_STALE_MS = 60 * 1000;

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  what: string;
}

export interface DataLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.since !== 'string') return null;
    return { pid: owner.pid, host: owner.host, since: owner.since, what: typeof owner.what === 'string' ? owner.what : 'backup' };
  } catch {
    return null;
  }
}

/** When this computer started (ms since the epoch): a lock file from before then belongs to no running process here. */
function bootedAt(now: number): number {
  return now - os.uptime() * 1000;
}

function isStale(file: string, owner: LockOwner | null, now: number): boolean {
  if (owner === null) {
    // Empty or cut short: being written right now, or left by a crash or power cut (the file is not
    // fsynced, so that can leave it empty) — stale once it is a minute old or older than this boot.
    try {
      const { mtimeMs } = fs.statSync(file);
      return now - mtimeMs > UNREADABLE_STALE_MS || mtimeMs < bootedAt(now);
    } catch {
      return true;
    }
  }
  if (owner.host === os.hostname()) return owner.pid !== process.pid && !alive(owner.pid);
  return now - Date.parse(owner.since) > FOREIGN_STALE_MS;
}

/** The message a second Hirebook gets while the folder is locked. */
export function busyMessage(owner: LockOwner | null): string {
  const who = owner ? ` (process ${owner.pid} on ${owner.host}, since ${owner.since})` : '';
  return `Another Hirebook is ${owner?.what === 'restore' ? 'restoring a backup into' : 'backing up'} this data folder${who}. Try again when it has finished.`;
}

/** Who holds the folder's lock, or null when it is free or stale. */
export function lockHolder(dataDir: string): LockOwner | null {
  const file = path.join(dataDir, LOCK_FILE);
  if (!fs.existsSync(file)) return null;
  const owner = readOwner(file);
  return isStale(file, owner, Date.now()) ? null : (owner ?? { pid: 0, host: '?', since: '?', what: 'backup' });
}

/** The start of a lock's draft's name: written whole, then linked into place as the lock (see takeLock). */
const DRAFT_PREFIX = `.${LOCK_FILE}-`;

/** Drafts a killed process left between writing one and linking it (its pid gone); another's being made stay. */
export function removeDeadDrafts(dataDir: string): void {
  for (const name of namesIn(dataDir)) {
    const pid = name.startsWith(DRAFT_PREFIX) ? Number(name.slice(DRAFT_PREFIX.length).split('-')[0]) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) fs.rmSync(path.join(dataDir, name), { force: true });
  }
}

/**
 * Creates the lock file holding `owner`, or returns false when one exists. The owner is written to a draft first and
 * the draft linked to the lock's name (a link never replaces a file), so a process killed while taking the lock
 * leaves either no lock or a whole one, never an empty lock that makes the next Hirebook wait a minute. Where the
 * disk has no links (FAT, exFAT), the lock is created empty and then written, as before.
 */
function takeLock(file: string, owner: LockOwner): boolean {
  const draft = path.join(path.dirname(file), `${DRAFT_PREFIX}${process.pid}-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(draft, JSON.stringify(owner), { flag: 'wx' });
  try {
    fs.linkSync(draft, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Takes the folder's lock or throws DomainError('busy') naming the holder. `what` says what the
 * holder does ('backup', 'restore'), for the second Hirebook's message.
 */
export function acquireDataLock(dataDir: string, what: 'backup' | 'restore' | 'inspect'): DataLock {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what };
  removeDeadDrafts(dataDir);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    // Not fsynced: other processes read it from the page cache at once, and after a power cut an empty
    // or missing lock is stale (isStale). An fsync here waits for every dirty page of the disk on some
    // file systems (ext4's ordered mode), which stalled the core's thread while a backup was writing.
    if (!takeLock(file, mine)) {
      const owner = readOwner(file);
      if (!isStale(file, owner, Date.now())) throw new DomainError('busy', busyMessage(owner));
      // Stale: remove it and try once more (a rival doing the same makes one of us lose the race).
      fs.rmSync(file, { force: true });
      continue;
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      },
    };
  }
  throw new DomainError('busy', busyMessage(readOwner(file)));
}

// One backup or restore at a time per data folder, across processes (the app, the CLI, a second app):
// an exclusive lock file <dataDir>/backup.lock holding the owner's pid, host and start time. A lock left
// by a process that is gone (killed, crashed) is stale and taken over. Runs in plain Node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../errors';

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

/**
 * Takes the folder's lock or throws DomainError('busy') naming the holder. `what` says what the
 * holder does ('backup', 'restore'), for the second Hirebook's message.
 */
export function acquireDataLock(dataDir: string, what: 'backup' | 'restore' | 'inspect'): DataLock {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    let fd: number;
    try {
      fd = fs.openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (!isStale(file, owner, Date.now())) throw new DomainError('busy', busyMessage(owner));
      // Stale: remove it and try once more (a rival doing the same makes one of us lose the 'wx' race).
      fs.rmSync(file, { force: true });
      continue;
    }
    try {
      // Not fsynced: other processes read it from the page cache at once, and after a power cut an empty
      // or missing lock is stale (isStale). An fsync here waits for every dirty page of the disk on some
      // file systems (ext4's ordered mode), which stalled the core's thread while a backup was writing.
      fs.writeSync(fd, JSON.stringify(mine));
    } finally {
      fs.closeSync(fd);
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

// File plumbing for backups: a write stream that fsyncs before it reports done and can be given a byte
// budget (tests use it to stand in for a full disk), hashing taps, fsync of folders, and the messages for
// a full or unwritable disk. Runs in plain Node and worker threads.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { crc32 } from 'node:zlib';
import { DomainError } from '../errors';

/** Bytes the job may still write; null for no limit but the disk's. Shared by every file a job writes. */
export interface WriteBudget {
  remaining: number | null;
}

export function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device (write limit)'), { code: 'ENOSPC' });
}

/**
 * Writes a new file (refusing an existing one), counting bytes against the budget; `final` fsyncs, so a
 * stream that finished is on disk.
 */
export class FileSink extends Writable {
  private fd: number | null = null;

  constructor(
    readonly file: string,
    private readonly budget: WriteBudget,
  ) {
    super({ highWaterMark: 1 << 20 });
  }

  override _construct(callback: (error?: Error | null) => void): void {
    fs.open(this.file, 'wx', (error, fd) => {
      this.fd = fd;
      callback(error);
    });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.budget.remaining !== null) {
      if (chunk.length > this.budget.remaining) {
        callback(diskFull());
        return;
      }
      this.budget.remaining -= chunk.length;
    }
    const fd = this.fd as number;
    const writeFrom = (offset: number): void => {
      fs.write(fd, chunk, offset, chunk.length - offset, null, (error, written) => {
        if (error) callback(error);
        else if (offset + written < chunk.length) writeFrom(offset + written);
        else callback();
      });
    };
    writeFrom(0);
  }

  override _final(callback: (error?: Error | null) => void): void {
    fs.fsync(this.fd as number, (error) => callback(error));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (this.fd === null) {
      callback(error);
      return;
    }
    fs.close(this.fd, () => callback(error));
    this.fd = null;
  }
}

/** Passes bytes through, keeping their SHA-256, CRC-32 and count; calls `onChunk` with each chunk's size. */
export class HashTap extends Transform {
  private readonly hash = createHash('sha256');
  private crc = 0;
  bytes = 0;

  constructor(private readonly onChunk: (bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.crc = crc32(chunk, this.crc);
    this.bytes += chunk.length;
    try {
      this.onChunk(chunk.length);
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback(null, chunk);
  }

  sha256(): string {
    return this.hash.digest('hex');
  }

  crc32(): number {
    return this.crc >>> 0;
  }
}

/** Makes renames and new files in a folder durable (a no-op where folders cannot be opened, as on Windows). */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = fs.openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself is still atomic.
  } finally {
    fs.closeSync(fd);
  }
}

/** Thrown at a checkpoint after backup:cancel. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

/** A file-system error as the person should read it, as a DomainError; anything else is returned as is. */
export function explainFileError(error: unknown, doing: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new DomainError('disk_full', `The disk is full: ${doing} stopped and nothing partial was left. Free some space and try again.`);
  if (code === 'EACCES' || code === 'EPERM') return new DomainError('invalid_input', `Permission denied while ${doing}.`);
  if (code === 'EROFS') return new DomainError('invalid_input', `The disk is read-only: ${doing} is not possible there.`);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DomainError('invalid_input', `The folder does not exist (${doing}).`);
  return error;
}

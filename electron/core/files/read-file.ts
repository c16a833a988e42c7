// Opening a file the owner named, safely: an ordinary file only (a folder, device, pipe or socket is
// refused, also behind a symlink), its size checked before a byte is read, and a read that stops at the
// limit even if the file grows meanwhile. Every file Hirebook reads from outside its data folder comes
// through here. Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';

export interface FileLimit {
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** What the file is, in an owner's words, for messages: "CSV file", "résumé", "job description". */
  what: string;
  /** The request field the path came in (for the error's issue path). */
  field?: readonly (string | number)[];
  /** The message for a file over the limit, when the caller has better words than tooLarge(). */
  tooLargeMessage?: (sizeBytes: number) => string;
}

export interface OpenedFile {
  fd: number;
  /** Size when opened, in bytes. */
  size: number;
  /** The file's own name (for display), never used as a path. */
  name: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}

function refuse(limit: FileLimit, message: string): DomainError {
  return new DomainError('invalid_input', message, [{ path: [...(limit.field ?? ['path'])], message }]);
}

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist (it may have been moved or deleted)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'it is a link that points to itself';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  return error instanceof Error ? error.message : String(error);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not an ordinary file';
}

export function tooLarge(size: number, limit: FileLimit): string {
  if (limit.tooLargeMessage) return limit.tooLargeMessage(size);
  return `This ${limit.what} is ${formatBytes(size)}; Hirebook reads ${limit.what}s up to ${formatBytes(limit.maxBytes)}.`;
}

/**
 * Opens `file` for reading after checking it is an ordinary file within the limit. The caller closes fd.
 * O_NONBLOCK keeps a pipe from hanging the open; the check repeats on the opened descriptor, so a file
 * swapped for a device between the two is still refused.
 */
export function openRegularFile(file: string, limit: FileLimit): OpenedFile {
  if (!path.isAbsolute(file)) throw refuse(limit, `Give the full path of the ${limit.what}.`);
  const name = path.basename(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw refuse(limit, `Hirebook cannot open ${name}: ${why(error)}.`);
  }
  if (!stat.isFile()) throw refuse(limit, `${name} is ${kindOf(stat)}, not an ordinary file. Choose the ${limit.what} itself.`);
  if (stat.size > limit.maxBytes) throw refuse(limit, tooLarge(stat.size, limit));
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw refuse(limit, `Hirebook cannot open ${name}: ${why(error)}.`);
  }
  const opened = fs.fstatSync(fd);
  if (!opened.isFile() || opened.size > limit.maxBytes) {
    fs.closeSync(fd);
    throw refuse(limit, opened.isFile() ? tooLarge(opened.size, limit) : `${name} is ${kindOf(opened)}, not an ordinary file.`);
  }
  return { fd, size: opened.size, name };
}

/** The whole file, at most limit.maxBytes (a file that grew past it while being read is refused). */
export function readFileLimited(file: string, limit: FileLimit): { bytes: Buffer; name: string } {
  const opened = openRegularFile(file, limit);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit.maxBytes + 1));
    for (;;) {
      const read = fs.readSync(opened.fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit.maxBytes) throw refuse(limit, tooLarge(total, limit));
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
    return { bytes: Buffer.concat(chunks, total), name: opened.name };
  } finally {
    fs.closeSync(opened.fd);
  }
}

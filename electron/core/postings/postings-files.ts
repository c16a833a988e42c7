// Writing posting files into a folder the owner chose: checks that make the error clear (relative,
// missing parent, not a folder, not writable) and atomic writes. Which files in it are Hirebook's is
// export-folder.ts. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';

/** An invalid_input about the outDir field, with `message` for the person. */
export function refuse(message: string): DomainError {
  return new DomainError('invalid_input', message, [{ path: ['outDir'], message }]);
}

/** What went wrong with a file operation, in words. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  if (code === 'ENOENT') return 'the folder does not exist';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Makes sure `dir` is a folder Hirebook may write into: it exists (or is created, when its parent exists)
 * and accepts a test file. Returns the absolute, normalised folder.
 */
export function prepareFolder(dir: string): string {
  const folder = path.resolve(dir);
  if (!path.isAbsolute(dir)) throw refuse('Use a full folder path (starting with / or a drive letter)');
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw refuse(`Hirebook cannot use ${folder}: ${reason(error)}`);
  }
  if (stat && !stat.isDirectory()) throw refuse(`${folder} is a file, not a folder`);
  if (!stat) {
    try {
      // Not recursive on purpose: a typo in the parent path should not grow a new tree of folders.
      fs.mkdirSync(folder);
    } catch (error) {
      throw refuse(`Hirebook cannot create the folder ${folder}: ${reason(error)}`);
    }
  }
  const probe = path.join(folder, `.hirebook-write-test-${randomUUID()}`);
  try {
    fs.writeFileSync(probe, '', { flag: 'wx' });
    fs.rmSync(probe, { force: true });
  } catch (error) {
    throw refuse(`Hirebook cannot write to ${folder}: ${reason(error)}`);
  }
  return folder;
}

/**
 * Writes via a temporary file and a rename, so a crash never leaves a half-written file under the real
 * name. The folder must exist. A rename replaces a link at `file` itself, never the file it points to.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const temp = `${file}.tmp-${randomUUID()}`;
  try {
    fs.writeFileSync(temp, content, { flag: 'wx' });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new DomainError('invalid_input', `Hirebook could not write ${file}: ${reason(error)}`, [
      { path: ['outDir'], message: `Could not write ${path.basename(file)}: ${reason(error)}` },
    ]);
  }
}

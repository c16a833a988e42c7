// `--out FILE`: the one rule for where the CLI writes a file. An existing file is replaced only with
// --force; a folder, a missing folder or one that cannot be written fails before any work (printing).
// Every write goes through a temporary file, so an interrupted run never leaves half a file under FILE.
// Runs in plain Node (the `hirebook` command).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CliFailure } from './io';

function why(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'ENOTDIR') return 'part of the path is a file, not a folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function alreadyExists(file: string): CliFailure {
  return new CliFailure(`${file} already exists; add --force to replace it`);
}

/** Fails early, before any printing, when FILE cannot be written, or exists and `force` is off. */
export function checkWritable(file: string, force: boolean): void {
  const target = path.resolve(file);
  if (isFolder(target)) throw new CliFailure(`cannot write ${file}: it is a folder`);
  // lstat: a link (even one pointing nowhere) is something the owner put there.
  if (!force && exists(target)) throw alreadyExists(file);
  try {
    fs.accessSync(path.dirname(target), fs.constants.W_OK);
    if (!fs.statSync(path.dirname(target)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw new CliFailure(`cannot write ${file}: ${why(error)}`);
  }
}

/** Puts the finished temp file at `target` only if nothing is there (a file may appear while a PDF prints). */
function placeNew(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A disk without hard links (FAT, some network shares): an exclusive copy is the next best.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    fs.copyFileSync(temp, target, fs.constants.COPYFILE_EXCL);
  }
  fs.rmSync(temp, { force: true });
}

/**
 * Writes FILE via a temp file: with `force` a rename replaces whatever is there (a link itself, never the
 * file it points to); without it, FILE must still not exist.
 */
export function writeOut(file: string, content: string | Uint8Array, force: boolean): void {
  const target = path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    fs.writeFileSync(temp, content, { flag: 'wx' });
    if (force) fs.renameSync(temp, target);
    else placeNew(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(file);
    throw new CliFailure(`cannot write ${file}: ${why(error)}`);
  }
}

// Writing posting files into a folder the owner chose: checks that make the error clear (relative,
// missing parent, not a folder, not writable, someone else's files) and atomic writes. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';

function refuse(message: string): DomainError {
  return new DomainError('invalid_input', message, [{ path: ['outDir'], message }]);
}

function reason(error: unknown): string {
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
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    throw refuse(`Hirebook cannot write to ${folder}: ${reason(error)}`);
  }
  return folder;
}

/** Writes via a temporary file and a rename, so a crash never leaves a half-written file under the real name. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${randomUUID()}`;
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new DomainError('invalid_input', `Hirebook could not write ${file}: ${reason(error)}`, [
      { path: ['outDir'], message: `Could not write ${path.basename(file)}: ${reason(error)}` },
    ]);
  }
}

/** The marker a careers export leaves, listing its files, so a re-export can replace exactly those. */
export const SITE_MARKER = '.hirebook-careers.json';

function readMarker(folder: string): string[] | null {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(path.join(folder, SITE_MARKER), 'utf8'));
    const files = (value as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return null;
  }
}

/** A relative "a/b.html" that stays inside the folder (marker content is not trusted). */
function inside(folder: string, relative: string): string | null {
  const file = path.resolve(folder, relative);
  return file.startsWith(folder + path.sep) ? file : null;
}

/**
 * The careers folder must be empty or a previous careers export: the site writes index.html and
 * style.css, and must never overwrite the owner's own website files. Returns the files of the previous
 * export (to remove the pages of roles that closed since).
 */
export function previousSiteFiles(folder: string): string[] {
  const previous = readMarker(folder);
  if (previous !== null) return previous;
  const entries = fs.readdirSync(folder).filter((name) => !name.startsWith('.hirebook-write-test-'));
  if (entries.length > 0) {
    throw refuse(`${folder} already has other files in it. Choose an empty folder (or one Hirebook exported a careers site to before).`);
  }
  return [];
}

/** Removes files of the previous export that the new one did not write again. */
export function removeStale(folder: string, previous: readonly string[], written: readonly string[]): void {
  const keep = new Set(written);
  for (const relative of previous) {
    const file = inside(folder, relative);
    if (file && !keep.has(relative)) fs.rmSync(file, { force: true });
  }
}

// Putting a finished file where the owner asked: a temp file written beside the target takes the target's
// name only once it is complete, so a failure or cancel never leaves half a file there; without `replace`
// an existing file is never written over. Also the folder of a path as the caller wrote it (for grants).
// Used by backups and a person's export. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';

/** `.<name>.<uuid>.tmp` beside `target`: same folder, so the final rename stays on one disk. */
export function tempBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
}

function alreadyThere(target: string): DomainError {
  return new DomainError('conflict', `${target} already exists; choose another name or allow replacing it.`);
}

/** Puts the finished temp file at `target`: a rename with `replace`, else only if nothing is there. */
export function placeFile(temp: string, target: string, replace: boolean): void {
  if (replace) {
    fs.renameSync(temp, target);
    return;
  }
  try {
    fs.linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyThere(target);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    // A disk without hard links (FAT, some network shares): a rename after a last check.
    if (fs.existsSync(target)) throw alreadyThere(target);
    fs.renameSync(temp, target);
    return;
  }
  fs.rmSync(temp, { force: true });
}

/** Refuses early when `target` exists and `replace` is off (placeFile checks again at the end). */
export function checkTargetFree(target: string, replace: boolean): void {
  if (!replace && fs.existsSync(target)) throw alreadyThere(target);
}

/** The folder part of a path as written, with either separator (the folder the owner granted). */
export function pathFolder(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut <= 0 ? file.slice(0, cut + 1) || '/' : file.slice(0, cut);
}

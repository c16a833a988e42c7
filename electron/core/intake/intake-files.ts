// The files an intake batch reads: each path the owner picked or dropped, checked against the grants, and
// the files inside a dropped or chosen folder (and its subfolders), never through a link (symlink), hidden
// files and system litter skipped. Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { INTAKE_LIMITS } from '../../contract';
import { DomainError } from '../errors';
import type { PathGrants } from '../files/path-grants';

export interface IntakeEntry {
  path: string;
  fileName: string;
  /** Why the file was not read, when it is already known (a path that does not exist, a link). */
  refusal?: string;
}

const MAX_DEPTH = 5;

function isLitter(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

function walk(folder: string, depth: number, out: IntakeEntry[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    out.push({ path: folder, fileName: path.basename(folder), refusal: `This folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (out.length >= INTAKE_LIMITS.files) return;
    if (isLitter(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) out.push({ path: full, fileName: entry.name, refusal: 'This is a link (shortcut) to another place; Hirebook reads only the files in the folder itself.' });
    else if (entry.isDirectory()) {
      if (depth < MAX_DEPTH) walk(full, depth + 1, out);
    } else if (entry.isFile()) out.push({ path: full, fileName: entry.name });
  }
}

/**
 * The files to read, in order: each picked file, and each picked folder's files. A path that was not picked
 * throws (nothing is read); a path that is gone or unreadable becomes a refused entry.
 */
export function expandPaths(grants: PathGrants, paths: readonly string[]): IntakeEntry[] {
  paths.forEach((p, i) => grants.checkFileOrFolder(p, ['paths', i]));
  const out: IntakeEntry[] = [];
  for (const p of paths) {
    if (out.length >= INTAKE_LIMITS.files) break;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      out.push({ path: p, fileName: path.basename(p), refusal: 'This file was not found. It may have been moved or deleted.' });
      continue;
    }
    if (stat.isDirectory()) walk(p, 0, out);
    else out.push({ path: p, fileName: path.basename(p) });
  }
  if (out.length === 0) throw new DomainError('invalid_input', 'There are no files in what you chose.');
  return out;
}

// A folder Hirebook exports into (the careers site, the batch PDFs) with a marker file listing the files
// Hirebook wrote there, so a later export replaces or removes exactly those and never the owner's. Every
// path below the folder is looked at one component at a time without following links (lstat): a link, or
// a file where a folder should be, means Hirebook neither writes nor deletes there. (The folder itself may
// be a link: the owner chose it.) Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';
import { MAX_MARKER_BYTES, freeName, markerFiles, markerPath, markerText } from './export-folder-rules';
import { prepareFolder, reason, refuse, writeFileAtomic } from './postings-files';

export interface ExportFolder {
  /** The absolute folder. */
  readonly dir: string;
  /** The marker's file name in it, e.g. ".hirebook-careers.json". */
  readonly marker: string;
  /** A marker of an earlier export is there. */
  readonly hadMarker: boolean;
  /** What the marker lists that is still Hirebook's to replace or remove: plain files, no link on the way. */
  readonly owned: ReadonlySet<string>;
}

/** What is at a relative path of the folder, seen without following links. */
export type Spot =
  /** Nothing yet, and every folder on the way is a real folder (or missing). */
  | { kind: 'free' }
  /** A plain file the marker lists. */
  | { kind: 'ours' }
  /** A plain file the marker does not list: the owner's. */
  | { kind: 'theirs' }
  /** A link, a folder or a special file at the path, or a link or file on the way. */
  | { kind: 'blocked'; why: string };

type Seen = { kind: 'free' } | { kind: 'file' } | { kind: 'blocked'; why: string };

/** Walks `relative` ("roles/x.html") below `dir` with lstat. */
function look(dir: string, relative: string): Seen {
  const segments = relative.split('/');
  for (let i = 0; i < segments.length; i += 1) {
    const shown = segments.slice(0, i + 1).join('/');
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(path.join(dir, ...segments.slice(0, i + 1)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'free' };
      return { kind: 'blocked', why: `${shown} cannot be read (${reason(error)})` };
    }
    if (stat.isSymbolicLink()) return { kind: 'blocked', why: `${shown} is a link (symlink) to another place` };
    if (i < segments.length - 1) {
      if (!stat.isDirectory()) return { kind: 'blocked', why: `${shown} is a file, not a folder` };
    } else if (!stat.isFile()) {
      return { kind: 'blocked', why: `${shown} is ${stat.isDirectory() ? 'a folder' : 'not a plain file'}` };
    }
  }
  return { kind: 'file' };
}

/** The marker's files, or null when there is no marker Hirebook could have written. */
function readMarker(dir: string, marker: string): string[] | null {
  if (look(dir, marker).kind !== 'file') return null;
  const file = path.join(dir, marker);
  try {
    if (fs.lstatSync(file).size > MAX_MARKER_BYTES) return null;
    return markerFiles(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Prepares the folder (prepareFolder) and reads its marker. */
export function openExportFolder(outDir: string, marker: string): ExportFolder {
  const dir = prepareFolder(outDir);
  const listed = readMarker(dir, marker);
  const owned = (listed ?? []).filter((file) => file !== marker && look(dir, file).kind === 'file');
  return { dir, marker, hadMarker: listed !== null, owned: new Set(owned) };
}

export function spotOf(folder: ExportFolder, relative: string): Spot {
  if (markerPath(relative) === null || relative === folder.marker) return { kind: 'blocked', why: `${relative} is not a file name Hirebook writes` };
  const seen = look(folder.dir, relative);
  if (seen.kind !== 'file') return seen;
  return folder.owned.has(relative) ? { kind: 'ours' } : { kind: 'theirs' };
}

/** Names in the folder besides the marker and prepareFolder's write probes. */
export function otherEntries(folder: ExportFolder): string[] {
  return fs.readdirSync(folder.dir).filter((name) => name !== folder.marker && !name.startsWith('.hirebook-write-test-'));
}

function theirsMessage(folder: ExportFolder, relative: string): string {
  return `${relative} is already in ${folder.dir} and was not written by Hirebook, so nothing was written over it. Move it away or choose another folder.`;
}

function blockedMessage(relative: string, why: string): string {
  return `Hirebook will not write ${relative}: ${why}. Hirebook writes only into real folders inside the one you chose; remove the link or choose another folder.`;
}

/**
 * Throws, before anything is written, when one of `paths` cannot be written: something on the way is a
 * link or a file ('invalid_input'), or the owner's file is there and `replaceTheirs` is off ('conflict').
 */
export function checkTargets(folder: ExportFolder, paths: readonly string[], replaceTheirs: boolean): void {
  const theirs: string[] = [];
  for (const relative of paths) {
    const spot = spotOf(folder, relative);
    if (spot.kind === 'blocked') throw refuse(blockedMessage(relative, spot.why));
    if (spot.kind === 'theirs' && !replaceTheirs) theirs.push(relative);
  }
  if (theirs.length === 1) throw new DomainError('conflict', theirsMessage(folder, theirs[0] as string));
  if (theirs.length > 1) {
    const listed = theirs.length > 3 ? `${theirs.slice(0, 3).join(', ')} and ${theirs.length - 3} more` : theirs.join(', ');
    throw new DomainError('conflict', `${listed} are already in ${folder.dir} and were not written by Hirebook, so nothing was written. Move them away or choose another folder.`);
  }
}

/** Creates the missing folders on the way to `relative`, refusing a link or a file where a folder should be. */
function makeFolders(dir: string, relative: string): void {
  const segments = relative.split('/').slice(0, -1);
  for (let i = 0; i < segments.length; i += 1) {
    const folder = path.join(dir, ...segments.slice(0, i + 1));
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw refuse(`Hirebook cannot create the folder ${folder}: ${reason(error)}`);
    }
    const stat = fs.lstatSync(folder);
    if (stat.isSymbolicLink() || !stat.isDirectory()) throw refuse(blockedMessage(relative, `${segments.slice(0, i + 1).join('/')} is not a real folder`));
  }
}

/**
 * Writes `relative` inside the folder, looking again just before: a free spot or Hirebook's own file is
 * written; the owner's file only with `replaceTheirs`; never through a link.
 */
export function writeInside(folder: ExportFolder, relative: string, content: string | Uint8Array, replaceTheirs = false): void {
  const spot = spotOf(folder, relative);
  if (spot.kind === 'blocked') throw refuse(blockedMessage(relative, spot.why));
  if (spot.kind === 'theirs' && !replaceTheirs) throw new DomainError('conflict', theirsMessage(folder, relative));
  makeFolders(folder.dir, relative);
  writeFileAtomic(path.join(folder.dir, ...relative.split('/')), content);
}

/** Removes the files the marker listed that `keep` does not, each only while it is still a plain file inside. */
export function removeOwned(folder: ExportFolder, keep: readonly string[]): void {
  const kept = new Set(keep);
  for (const relative of folder.owned) {
    if (!kept.has(relative) && spotOf(folder, relative).kind === 'ours') fs.rmSync(path.join(folder.dir, ...relative.split('/')));
  }
}

/** Records `files` as Hirebook's in the marker. */
export function writeMarker(folder: ExportFolder, files: readonly string[]): void {
  writeFileAtomic(path.join(folder.dir, folder.marker), markerText(files));
}

/**
 * A name for each wanted file: itself when free or Hirebook's own, otherwise a free variant ("barista-2.pdf")
 * that no other wanted file uses; null when none is found.
 */
export function planNames(folder: ExportFolder, wanted: readonly string[]): (string | null)[] {
  const wantedSet = new Set(wanted);
  const taken = new Set<string>();
  const usable = (name: string): boolean => {
    const kind = spotOf(folder, name).kind;
    return !taken.has(name) && (kind === 'free' || kind === 'ours');
  };
  const names = wanted.map((name) => {
    if (!usable(name)) return null;
    taken.add(name);
    return name;
  });
  return names.map((name, i) => {
    if (name !== null) return name;
    const free = freeName(wanted[i] as string, (candidate) => !wantedSet.has(candidate) && usable(candidate));
    if (free !== null) taken.add(free);
    return free;
  });
}

/** The path of `relative` inside the folder, its folders made, when it is a free spot; refused otherwise. */
function freeSpot(folder: ExportFolder, relative: string): string {
  const spot = spotOf(folder, relative);
  if (spot.kind === 'blocked') throw refuse(blockedMessage(relative, spot.why));
  if (spot.kind !== 'free') throw new DomainError('conflict', theirsMessage(folder, relative));
  makeFolders(folder.dir, relative);
  return path.join(folder.dir, ...relative.split('/'));
}

/**
 * Opens `relative` inside the folder for writing in pieces (a large export), creating the folders on the
 * way; only a free spot is accepted and the file is created exclusively, so nothing existing is ever
 * written over. Returns the file descriptor; the caller closes it.
 */
export function createInside(folder: ExportFolder, relative: string): number {
  const file = freeSpot(folder, relative);
  try {
    return fs.openSync(file, 'wx');
  } catch (error) {
    throw refuse(`Hirebook could not write ${file}: ${reason(error)}`);
  }
}

/** Copies the file `source` to `relative` inside the folder, only onto a free spot (never over a file). */
export function copyInside(folder: ExportFolder, relative: string, source: string): void {
  const file = freeSpot(folder, relative);
  try {
    fs.copyFileSync(source, file, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    throw refuse(`Hirebook could not write ${file}: ${reason(error)}`);
  }
}

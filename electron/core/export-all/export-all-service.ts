// "Export everything": every table of the owner's data as CSV and JSON, every stored file and a README,
// into a new folder inside the one the owner chose, for moving to another tool. Reads one snapshot of the
// database on its own read-only connection, a page at a time, yielding between pages so progress events
// go out and a cancel request gets in; a cancelled or failed export removes its folder. Nothing existing
// is ever written over: the folder is new (created exclusively) and every file in it is created
// exclusively. Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExportAllResult } from '../../contract';
import type { CoreContext } from '../core-context';
import { openSnapshotConnection } from '../db/open-snapshot';
import { readUserVersion, type Db } from '../db/open-database';
import { DomainError } from '../errors';
import { attachmentPath } from '../files/attachment-store';
import { copyInside, createInside, openExportFolder, writeInside, writeMarker, type ExportFolder } from '../postings/export-folder';
import { freeName } from '../postings/export-folder-rules';
import { prepareFolder, reason, refuse } from '../postings/postings-files';
import { allTableNames, beginSnapshot, companyLogo, countRows, endSnapshot, readPage, storedAttachments, tableShape, type TableShape } from './export-all-repo';
import {
  EXPORT_MARKER,
  PAGE_ROWS,
  attachmentFileName,
  csvHeader,
  csvLines,
  exportFolderName,
  jsonItems,
  logoFileName,
  readmeText,
  uniqueFileNames,
} from './export-all-rules';
import { EXPORT_TABLES, isInternalTable } from './export-all-tables';

export interface ExportAllInput {
  outDir: string;
  jobId: string;
}

interface PlannedTable {
  name: string;
  shape: TableShape;
  rows: number;
}

interface PlannedFile {
  /** Path inside the export: "files/Amara Okafor - resume.pdf". */
  file: string;
  what: 'attachment' | 'company_logo';
  attachmentId: string | null;
  candidateId: string | null;
  sha256: string;
}

class Cancelled extends Error {}

const PROGRESS_EVERY_MS = 100;

/** Creates `<parent>/<name>` (or "<name>-2", …) exclusively, so an existing folder is never used. */
function createExportDir(parent: string, name: string): string {
  const tryCreate = (candidate: string): boolean => {
    try {
      fs.mkdirSync(path.join(parent, candidate));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw refuse(`Hirebook cannot create a folder in ${parent}: ${reason(error)}`);
    }
  };
  const created = tryCreate(name) ? name : freeName(name, tryCreate);
  if (created === null) throw new DomainError('conflict', `${parent} already has a thousand folders named like "${name}"; choose another folder.`);
  return path.join(parent, created);
}

/** The tables to write: the described ones in their order, then any other non-internal table the file has. */
function planTables(db: Db): PlannedTable[] {
  const present = new Set(allTableNames(db));
  const described = EXPORT_TABLES.map((t) => t.name).filter((name) => present.has(name));
  const others = [...present].filter((name) => !isInternalTable(name) && !described.includes(name)).sort();
  return [...described, ...others].map((name) => ({ name, shape: tableShape(db, name), rows: countRows(db, name) }));
}

function planFiles(db: Db): PlannedFile[] {
  const attachments = storedAttachments(db);
  const logo = companyLogo(db);
  const wanted = [...attachments.map((a) => attachmentFileName(a.candidateName, a.fileName)), ...(logo ? [logoFileName(logo.mimeType)] : [])];
  const names = uniqueFileNames(wanted);
  const files: PlannedFile[] = attachments.map((a, i) => ({
    file: `files/${names[i] as string}`,
    what: 'attachment',
    attachmentId: a.attachmentId,
    candidateId: a.candidateId,
    sha256: a.sha256,
  }));
  if (logo) files.push({ file: `files/${names.at(-1) as string}`, what: 'company_logo', attachmentId: null, candidateId: null, sha256: logo.sha256 });
  return files;
}

function writeAll(fd: number, text: string): void {
  if (text !== '') fs.writeSync(fd, text);
}

class Progress {
  done = 0;
  private last = 0;
  constructor(
    private readonly ctx: CoreContext,
    private readonly jobId: string,
    readonly total: number,
  ) {}

  add(count: number, step: string, force = false): void {
    this.done += count;
    const now = Date.now();
    if (!force && now - this.last < PROGRESS_EVERY_MS) return;
    this.last = now;
    this.ctx.emit('data:export-all-progress', { jobId: this.jobId, done: this.done, total: this.total, step });
  }
}

/** Writes one table as csv/<name>.csv and json/<name>.json, a page at a time. */
async function writeTable(db: Db, folder: ExportFolder, table: PlannedTable, progress: Progress, stopped: () => boolean): Promise<string[]> {
  const csvName = `csv/${table.name}.csv`;
  const jsonName = `json/${table.name}.json`;
  const csv = createInside(folder, csvName);
  try {
    const json = createInside(folder, jsonName);
    try {
      writeAll(csv, csvHeader(table.shape.columns));
      writeAll(json, '[\n');
      let after: unknown[] | null = null;
      let first = true;
      for (;;) {
        if (stopped()) throw new Cancelled();
        const rows = readPage(db, table.name, table.shape, after, PAGE_ROWS);
        writeAll(csv, csvLines(table.shape.columns, rows));
        writeAll(json, jsonItems(rows, first));
        if (rows.length > 0) first = false;
        progress.add(rows.length, table.name);
        if (rows.length < PAGE_ROWS) break;
        const last = rows.at(-1) as Record<string, unknown>;
        after = table.shape.key.map((k) => last[k]);
        await nextTurn();
      }
      writeAll(csv, '\r\n');
      writeAll(json, first ? ']\n' : '\n]\n');
    } finally {
      fs.closeSync(json);
    }
  } finally {
    fs.closeSync(csv);
  }
  return [csvName, jsonName];
}

/** A small file (files.csv, files.json, README.txt). */
function filesIndex(files: readonly PlannedFile[]): { csv: string; json: string } {
  const columns = ['file', 'what', 'attachment_id', 'candidate_id', 'sha256'];
  const rows = files.map((f) => ({ file: f.file, what: f.what, attachment_id: f.attachmentId, candidate_id: f.candidateId, sha256: f.sha256 }));
  return { csv: `${csvHeader(columns)}${csvLines(columns, rows)}\r\n`, json: `[\n${jsonItems(rows, true)}${rows.length > 0 ? '\n' : ''}]\n` };
}

async function writeExport(ctx: CoreContext, db: Db, folder: ExportFolder, jobId: string, stopped: () => boolean): Promise<ExportAllResult> {
  const tables = planTables(db);
  const files = planFiles(db);
  const progress = new Progress(ctx, jobId, tables.reduce((sum, t) => sum + t.rows, 0) + files.length);
  progress.add(0, tables[0]?.name ?? 'files', true);
  const written: string[] = [];
  for (const table of tables) written.push(...(await writeTable(db, folder, table, progress, stopped)));
  const copied: PlannedFile[] = [];
  const missingFiles: string[] = [];
  for (const file of files) {
    if (stopped()) throw new Cancelled();
    const source = attachmentPath(ctx.attachmentsDir, file.sha256);
    if (fs.statSync(source, { throwIfNoEntry: false })?.isFile()) {
      copyInside(folder, file.file, source);
      copied.push(file);
      written.push(file.file);
    } else missingFiles.push(file.file.slice('files/'.length));
    progress.add(1, 'files');
    await nextTurn();
  }
  const index = filesIndex(copied);
  const readme = readmeText({
    exportedAt: ctx.now().toISOString(),
    appVersion: ctx.appVersion,
    schemaVersion: readUserVersion(db),
    tables: tables.map((t) => ({ name: t.name, columns: t.shape.columns, rows: t.rows })),
    files: copied.length,
    missingFiles,
  });
  for (const [name, content] of [['files.csv', index.csv], ['files.json', index.json], ['README.txt', readme]] as const) {
    writeInside(folder, name, content);
    written.push(name);
  }
  writeMarker(folder, written);
  progress.add(0, 'files', true);
  return {
    folder: folder.dir,
    tables: tables.length,
    rows: tables.reduce((sum, t) => sum + t.rows, 0),
    files: copied.length,
    missingFiles,
    cancelled: false,
  };
}

/**
 * The whole export. The job is registered under input.jobId so data:export-all-cancel can reach it; a
 * cancel or any failure removes the folder this export created (and only that).
 */
export async function exportAll(ctx: CoreContext, input: ExportAllInput): Promise<ExportAllResult> {
  ctx.grants.checkFolder(input.outDir, ['outDir']);
  const job = ctx.jobs.start(input.jobId);
  if (!job) throw new DomainError('conflict', 'An export with this id is already running.');
  let created: string | null = null;
  let db: Db | null = null;
  try {
    const parent = prepareFolder(input.outDir);
    db = openSnapshotConnection(ctx.databasePath, ctx.nativeBinding);
    beginSnapshot(db);
    created = createExportDir(parent, exportFolderName(ctx.now()));
    const folder = openExportFolder(created, EXPORT_MARKER);
    return await writeExport(ctx, db, folder, job.id, () => job.cancelled);
  } catch (error) {
    if (created !== null) fs.rmSync(created, { recursive: true, force: true });
    if (error instanceof Cancelled) return { folder: '', tables: 0, rows: 0, files: 0, missingFiles: [], cancelled: true };
    throw error;
  } finally {
    if (db !== null) {
      endSnapshot(db);
      db.close();
    }
    ctx.jobs.finish(job.id);
  }
}

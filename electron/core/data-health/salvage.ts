// Saves whatever still reads from the data file into a new database file in a folder the owner chose:
// the data file (and its -wal) is copied aside first and only the copy is opened, so the original is
// never written; rows that cannot be read are stepped over and counted. Runs in plain Node (the
// data:salvage channel and `hirebook salvage`, which works even when the core refuses the file).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SalvageResult } from '../../contract';
import { reindexCandidate } from '../candidates/candidates-search-repo';
import { copyReadableRows, listCandidateIds, readSchema } from '../db/salvage-copy';
import { DomainError } from '../errors';

function freeName(folder: string, stamp: string): string {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `hirebook-salvage-${stamp}.db` : `hirebook-salvage-${stamp}-${n}.db`;
    if (!fs.existsSync(path.join(folder, name))) return path.join(folder, name);
  }
}

function checkFolder(databasePath: string, folder: string): string {
  const resolved = path.resolve(folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new DomainError('invalid_input', `The folder ${resolved} does not exist. Choose an existing folder for the salvage copy.`, [
      { path: ['folder'], message: 'Choose an existing folder' },
    ]);
  }
  if (!stat.isDirectory()) throw new DomainError('invalid_input', `${resolved} is not a folder.`, [{ path: ['folder'], message: 'Choose a folder' }]);
  const dataDir = fs.realpathSync(path.dirname(databasePath));
  const real = fs.realpathSync(resolved);
  if (real === dataDir || real.startsWith(`${dataDir}${path.sep}`)) {
    throw new DomainError('invalid_input', 'Choose a folder outside the Hirebook data folder for the salvage copy.', [
      { path: ['folder'], message: 'Choose a folder outside the data folder' },
    ]);
  }
  return real;
}

/** Copies the readable rows of `databasePath` into a new file in `folder`; never writes the source. */
export function salvageDataFile(databasePath: string, folder: string, now: Date, nativeBinding?: string): SalvageResult {
  const out = checkFolder(databasePath, folder);
  if (!fs.existsSync(databasePath)) throw new DomainError('not_found', `There is no data file at ${databasePath} to salvage.`);
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const work = fs.mkdtempSync(path.join(out, '.hirebook-salvage-'));
  const target = freeName(out, stamp);
  const partial = `${target}.partial`;
  const binding = nativeBinding ? { nativeBinding } : {};
  try {
    // The copy, not the original, is opened: opening may replay its -wal and write a -shm.
    const copy = path.join(work, 'source.db');
    fs.copyFileSync(databasePath, copy);
    if (fs.existsSync(`${databasePath}-wal`)) fs.copyFileSync(`${databasePath}-wal`, `${copy}-wal`);
    const source = new Database(copy, binding);
    const dest = new Database(partial, binding);
    try {
      let schema;
      try {
        schema = readSchema(source);
      } catch (error) {
        throw new DomainError('damaged', `The data file is too damaged to list its tables, so nothing could be salvaged (${(error as Error).message}).`);
      }
      const { tables } = copyReadableRows(source, dest, schema);
      // The candidates' search index holds no readable text of its own: rebuild it from the copied rows.
      const reindex = dest.transaction(() => {
        for (const id of listCandidateIds(dest)) reindexCandidate(dest, id);
      });
      try {
        reindex();
      } catch {
        // An older schema without the index: nothing to rebuild.
      }
      dest.close();
      fs.renameSync(partial, target);
      return summarize(target, tables);
    } finally {
      if (source.open) source.close();
      if (dest.open) dest.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(partial, { force: true });
  }
}

function summarize(file: string, tables: ReturnType<typeof copyReadableRows>['tables']): SalvageResult {
  const saved = tables.reduce((sum, t) => sum + t.saved, 0);
  const lost = tables.reduce((sum, t) => sum + (t.lost ?? 0), 0);
  const unreadableTables = tables.filter((t) => t.unreadable && (t.lost ?? 1) > 0).map((t) => t.table);
  const uncounted = tables.filter((t) => t.lost === null).map((t) => t.table);
  const lostText = lost === 0 && uncounted.length === 0 ? 'Every row that was stored could be read.' : `${lost.toLocaleString('en-US')} rows could not be read and are missing from the copy.`;
  const uncountedText = uncounted.length > 0 ? ` How many rows ${uncounted.join(', ')} had could not be read.` : '';
  return {
    path: file,
    tables: tables.map(({ table, saved: s, lost: l }) => ({ table, saved: s, lost: l })),
    saved,
    lost,
    unreadableTables,
    message: `Saved ${saved.toLocaleString('en-US')} rows into ${file}. ${lostText}${uncountedText} Your data file was not changed.`,
  };
}

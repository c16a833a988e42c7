// Opens the one SQLite file with the pragmas Hirebook relies on (some sized for the file), reading each back to
// prove it took.
// Also inspects a file's header before opening, so a foreign or newer file is refused untouched.
// Runs in plain Node (better-sqlite3), in Electron main, the CLI and tests.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CoreOpenError } from '../errors';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** A better_sqlite3.node built for Electron's ABI (the Node build stays in node_modules). */
  nativeBinding?: string;
  busyTimeoutMs?: number;
  /** Refuse, before opening anything, a file whose header says it comes from a newer app. */
  refuseNewerThan?: number;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;

export type FileInspection = { kind: 'missing' } | { kind: 'sqlite'; userVersion: number };

/**
 * Reads the 100-byte header without opening a connection (opening a WAL database creates -wal and
 * -shm files). An empty file is treated like a missing one: SQLite writes a fresh database into it.
 */
export function inspectDatabaseFile(filePath: string): FileInspection {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw new CoreOpenError('database_unavailable', `Cannot read the data file ${filePath}.`, { cause: error });
  }
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    if (read === 0) return { kind: 'missing' };
    if (read < HEADER_BYTES || !isSaneHeader(header)) throw corrupt(filePath);
    return { kind: 'sqlite', userVersion: header.readUInt32BE(USER_VERSION_OFFSET) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The magic string plus the fixed fields a real SQLite header always has (file format §1.3). */
function isSaneHeader(header: Buffer): boolean {
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return false;
  const pageSize = header.readUInt16BE(16);
  const validPageSize = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
  const payloadFractions = header[21] === 64 && header[22] === 32 && header[23] === 32;
  return validPageSize && payloadFractions;
}

function corrupt(filePath: string, cause?: unknown): CoreOpenError {
  return new CoreOpenError(
    'database_corrupt',
    `The data file ${filePath} is not a Hirebook database or is damaged. It was left untouched; ` +
      'restore a copy from the backups folder, save what still reads with "hirebook salvage --out FOLDER", or move it aside to start fresh.',
    { cause },
  );
}

export function tooNew(filePath: string, found: number, supported: number): CoreOpenError {
  return new CoreOpenError(
    'database_too_new',
    `The data file ${filePath} was written by a newer version of Hirebook (schema ${found}; this ` +
      `version understands up to ${supported}). Update Hirebook to open it; the file was not changed.`,
  );
}

/** True for the SQLite errors that mean "this file is not a (healthy) database". */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(NOTADB|CORRUPT)(_|$)/.test(code);
}

/** True for the errors that mean "this file or its folder cannot be written". */
function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(READONLY|CANTOPEN)(_|$)|^(EROFS|EACCES|EPERM)$/.test(code);
}

export function folderReadOnly(filePath: string, cause?: unknown): CoreOpenError {
  return new CoreOpenError(
    'folder_read_only',
    `Hirebook cannot write to its data folder ${path.dirname(filePath)}: the folder, the disk or the data file is ` +
      'read-only. Nothing was changed. Give your user permission to write there (or unlock the disk), or choose another data folder.',
    { cause },
  );
}

/** Tables each schema version must have; a database missing one is damaged (or not Hirebook's). */
const EXPECTED_TABLES: readonly (readonly [version: number, tables: readonly string[]])[] = [
  [1, ['companies', 'roles']],
  [2, ['role_sections', 'role_revisions', 'templates']],
  [3, ['candidates', 'applications', 'pipeline_stages', 'activity_log']],
  [4, ['interviews', 'scorecards']],
  [7, ['role_status_events']],
];

/**
 * The cheap synchronous check before the first answer: the schema parses (every entry of sqlite_schema is
 * read), schema_version and user_version read back, and the tables of that version are there (a newer
 * user_version is refused by migrate). Reads only; throws a CoreOpenError ('database_corrupt') on failure.
 */
function checkSchema(db: Db, filePath: string): void {
  const rows = db.prepare('SELECT type, name, sql FROM sqlite_schema').all() as { type: string; name: string }[];
  db.pragma('schema_version', { simple: true });
  // Read through the connection (a committed change still in the -wal file counts), not the header.
  const userVersion = readUserVersion(db);
  const tables = new Set(rows.filter((row) => row.type === 'table').map((row) => row.name));
  for (const [version, names] of EXPECTED_TABLES) {
    if (userVersion >= version && names.some((name) => !tables.has(name))) throw corrupt(filePath);
  }
}

interface PragmaSpec {
  set: string;
  read: string;
  expected: string | number;
}

// synchronous=FULL: better-sqlite3 defaults to NORMAL, which in WAL mode can lose the last commit
// on power loss. secure_delete: deleted candidate data is zeroed, not left readable in free pages.
const PRAGMAS: readonly PragmaSpec[] = [
  { set: 'journal_mode = WAL', read: 'journal_mode', expected: 'wal' },
  { set: 'synchronous = FULL', read: 'synchronous', expected: 2 },
  { set: 'foreign_keys = ON', read: 'foreign_keys', expected: 1 },
  { set: 'secure_delete = ON', read: 'secure_delete', expected: 1 },
];

const MIB = 1024 * 1024;
/** SQLite's page cache for Hirebook's connection: never less than better-sqlite3's default, at most this. */
export const PAGE_CACHE_MIN_MIB = 16;
export const PAGE_CACHE_MAX_MIB = 64;

/**
 * The page cache (PRAGMA cache_size, in KiB) for a data file of `fileBytes`: a quarter of the file in whole MiB,
 * at least 16 and at most 64 MiB. Lists and the board read pages scattered through a large file; with the
 * default 16 MiB a 457 MB file read them from disk again and again (64 MiB took a board's two queries from 16.5
 * and 11.9 ms to 10.4 and 6.7 ms). SQLite takes the memory only as pages are read.
 */
export function pageCacheKib(fileBytes: number): number {
  const mib = Math.min(PAGE_CACHE_MAX_MIB, Math.max(PAGE_CACHE_MIN_MIB, Math.ceil(fileBytes / 4 / MIB)));
  return mib * 1024;
}

/**
 * Sized for the file: the page cache above. mmap_size = 0: reading through a memory map turns an I/O error
 * (a failing disk, a file cut short by another program) into a crash instead of an error Hirebook can report,
 * and the page cache already keeps the pages read. temp_store = FILE: large sorts and the VACUUM after an
 * erasure (a whole copy of the file) go to temporary files, deleted as they are made, instead of taking
 * memory as large as the data file.
 */
function sizedPragmas(fileBytes: number): PragmaSpec[] {
  const kib = pageCacheKib(fileBytes);
  return [
    { set: `cache_size = -${kib}`, read: 'cache_size', expected: -kib },
    { set: 'mmap_size = 0', read: 'mmap_size', expected: 0 },
    { set: 'temp_store = FILE', read: 'temp_store', expected: 1 },
  ];
}

function applyPragmas(db: Db, busyTimeoutMs: number, fileBytes: number): void {
  const specs: PragmaSpec[] = [
    { set: `busy_timeout = ${Math.trunc(busyTimeoutMs)}`, read: 'busy_timeout', expected: Math.trunc(busyTimeoutMs) },
    ...PRAGMAS,
    ...sizedPragmas(fileBytes),
  ];
  for (const spec of specs) {
    db.pragma(spec.set);
    const actual: unknown = db.pragma(spec.read, { simple: true });
    const normalized = typeof actual === 'string' ? actual.toLowerCase() : actual;
    if (normalized !== spec.expected) {
      throw new CoreOpenError(
        'pragma_not_applied',
        `SQLite refused "PRAGMA ${spec.set}" (read back ${String(actual)}); Hirebook will not run without it.`,
      );
    }
  }
}

function fileSize(filePath: string): number {
  try {
    return fs.statSync(filePath).size;
  } catch {
    return 0;
  }
}

/** Opens (or creates) the database file and applies the pragmas; throws CoreOpenError on failure. */
export function openDatabase(filePath: string, options: OpenDatabaseOptions = {}): Db {
  const inspection = inspectDatabaseFile(filePath);
  const limit = options.refuseNewerThan;
  if (limit !== undefined && inspection.kind === 'sqlite' && inspection.userVersion > limit) {
    throw tooNew(filePath, inspection.userVersion, limit);
  }
  let db: Db;
  try {
    db = new Database(filePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    if (isReadOnlyError(error)) throw folderReadOnly(filePath, error);
    throw new CoreOpenError('database_unavailable', `Cannot open the data file ${filePath}.`, { cause: error });
  }
  try {
    // Read the schema before any pragma: switching a damaged file to WAL would write to it.
    if (inspection.kind === 'sqlite') checkSchema(db, filePath);
    applyPragmas(db, options.busyTimeoutMs ?? 5000, inspection.kind === 'sqlite' ? fileSize(filePath) : 0);
    return db;
  } catch (error) {
    db.close();
    if (isCorruptionError(error)) throw corrupt(filePath, error);
    if (isReadOnlyError(error)) throw folderReadOnly(filePath, error);
    throw error;
  }
}

/** PRAGMA user_version: the schema version the migrations have reached. */
export function readUserVersion(db: Db): number {
  const value: unknown = db.pragma('user_version', { simple: true });
  return typeof value === 'number' ? value : 0;
}

// Builds the core on one data folder: opens and migrates hirebook.db, wires handlers to dispatch.
// Runs in plain Node: Electron main, the CLI and tests all start here.
import fs from 'node:fs';
import path from 'node:path';
import type { EventName, Result } from '../contract';
import type { CoreBase, CoreLogger, CoreWorkers } from './core-context';
import { migrate } from './db/migrate';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { folderReadOnly, openDatabase, type Db } from './db/open-database';
import { DataHealth } from './data-health/data-health';
import { dispatch, type DispatchDeps } from './dispatch';
import { CoreOpenError, DomainError } from './errors';
import { createHandlers, type Handlers } from './handlers';
import { PathGrants } from './files/path-grants';
import { BatchJobs } from './jobs';
import { reapplyReplacedLedger } from './backup/backup-erasures';
import { completePendingRestore } from './backup/restore-journal';
import type { PdfPrinter } from './postings/pdf-printer';
import type { PlatformServices } from './platform-services';

export interface CoreOptions {
  /** Folder for hirebook.db, attachments/ and backups/ (created if missing). */
  dataDir: string;
  /** Reported by app:info. */
  runtime?: 'electron' | 'node';
  /** Reported by app:info; '0.0.0-dev' when absent. */
  appVersion?: string;
  /** A better_sqlite3.node built for Electron's ABI. */
  nativeBinding?: string;
  /**
   * Worker thread scripts for long jobs (the CSV import), resolved by the door next to its own bundle;
   * without one a job runs on the core's thread between yields.
   */
  workers?: CoreWorkers;
  /** Push events, e.g. 'data:changed' {domain, ids} after every write. */
  onEvent?: (event: EventName, payload: unknown) => void;
  logger?: CoreLogger;
  /** The clock, for tests. */
  now?: () => Date;
  /**
   * Makes the PDF printer (Electron's printToPDF in the app, playwright-core in the CLI and tests). Called
   * on the first print, so a core that never prints never starts a browser; closed by close(). Without
   * it, the PDF channels answer 'unavailable'.
   */
  printer?: () => PdfPrinter;
  /**
   * What only the desktop shell can do: the folder dialog and the system print dialog. Without it,
   * app:choose-folder and postings:print answer 'unavailable'.
   */
  platform?: PlatformServices;
  /**
   * True in the desktop app (and its UI test harness): file and folder paths in requests must be ones the
   * owner picked (path-grants.ts). The CLI and scripts leave it off: their caller names the paths.
   */
  requireGrants?: boolean;
  /** How long a write waits for another connection's lock before answering 'busy' (default 5 s; tests shorten it). */
  busyTimeoutMs?: number;
  /** Re-run the full integrity check once a week in a session left open that long (default true). */
  weeklyCheck?: boolean;
  /** Replace handlers (tests inject failures); the rest come from the real map. */
  handlers?: Partial<Handlers>;
}

export interface Core {
  /** Validates input, runs the channel and resolves with a Result; never rejects. */
  dispatch(channel: string, rawInput: unknown): Promise<Result<unknown>>;
  /** Closes the database at once, then the printer (if one was started); resolves when both are done. */
  close(): Promise<void>;
  readonly dataDir: string;
  readonly databasePath: string;
  /** Resolves when the start-up checks of the data file (quick, then full) have finished; never rejects. */
  checksDone(): Promise<void>;
  /** The preload resolved a file the owner dropped or chose in the page: it may be read (requireGrants). */
  grantFile(file: string): void;
}

export const DATABASE_FILE = 'hirebook.db';

const consoleLogger: CoreLogger = {
  error: (...args) => console.error(...args),
  warn: (...args) => console.warn(...args),
  info: () => undefined,
};

/**
 * The data folder must exist (it is created, with its parents, when missing) and be writable before the
 * database is opened: a read-only folder is refused with a clear message, and nothing is created in it.
 */
function prepareDataDir(dataDir: string, databasePath: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
    if (fs.existsSync(databasePath)) fs.accessSync(databasePath, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') throw folderReadOnly(databasePath, error);
    throw new CoreOpenError('database_unavailable', `Cannot use the data folder ${dataDir}.`, { cause: error });
  }
}

function openAndMigrate(databasePath: string, dataDir: string, options: CoreOptions): Db {
  const db = openDatabase(databasePath, {
    nativeBinding: options.nativeBinding,
    refuseNewerThan: LATEST_SCHEMA_VERSION,
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
  });
  try {
    migrate(db, { backupDir: path.join(dataDir, 'backups'), now: options.now });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const NO_PRINTER = 'PDF printing is not available here: this Hirebook was started without a PDF printer.';

/** The lazily started printer: made on first use, kept for later prints, closed with the core. */
function printerSlot(factory: CoreOptions['printer']): { get: () => PdfPrinter; close: () => Promise<void> } {
  let printer: PdfPrinter | null = null;
  return {
    get: () => {
      if (!factory) throw new DomainError('unavailable', NO_PRINTER);
      printer ??= factory();
      return printer;
    },
    close: async () => {
      const current = printer;
      printer = null;
      await current?.close();
    },
  };
}

function emitter(options: CoreOptions, logger: CoreLogger): (event: EventName, payload: unknown) => void {
  return (event, payload) => {
    try {
      options.onEvent?.(event, payload);
    } catch (error) {
      // Progress is a courtesy: a broken listener must not stop the job.
      logger.error(`${event} listener failed`, error);
    }
  };
}

/** Opens the data folder; throws a CoreOpenError (with `code`) when the file cannot be used. */
export function createCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir);
  // A restore committed before the last close (or a kill) is carried out before anything is opened.
  const restore = completePendingRestore(dataDir);
  const attachmentsDir = path.join(dataDir, 'attachments');
  const databasePath = path.join(dataDir, DATABASE_FILE);
  prepareDataDir(dataDir, databasePath);
  const db = openAndMigrate(databasePath, dataDir, options);
  // Only once the database opened: a refused data folder gets no attachments/ or backups/ folder.
  try {
    fs.mkdirSync(attachmentsDir, { recursive: true });
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
  } catch (error) {
    db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') throw folderReadOnly(databasePath, error);
    throw new CoreOpenError('database_unavailable', `Cannot create the folders Hirebook needs in ${dataDir}.`, { cause: error });
  }

  const logger = options.logger ?? consoleLogger;
  // After a restore: erasures made in the replaced data after the restore was staged still apply.
  if (restore.replacedDir) reapplyReplacedLedger(db, path.join(restore.replacedDir, DATABASE_FILE), attachmentsDir, options.nativeBinding, logger);
  const now = options.now ?? (() => new Date());
  const workers = options.workers ?? {};
  const emit = emitter(options, logger);
  const health = new DataHealth({
    db,
    dataDir,
    databasePath,
    nativeBinding: options.nativeBinding,
    script: workers.dataCheck,
    now,
    logger,
    weeklyCheck: options.weeklyCheck ?? true,
    onChange: (report) => emit('data:health-changed', report),
  });
  const printer = printerSlot(options.printer);
  const grants = new PathGrants(options.requireGrants ?? false);
  const base: CoreBase = {
    db,
    dataDir,
    databasePath,
    nativeBinding: options.nativeBinding,
    workers,
    attachmentsDir,
    runtime: options.runtime ?? 'node',
    appVersion: options.appVersion ?? '0.0.0-dev',
    now,
    printer: printer.get,
    platform: options.platform ?? null,
    grants,
    jobs: new BatchJobs(),
    emit,
    health,
    lastChange: { at: 0 },
  };
  const deps: DispatchDeps = {
    handlers: { ...createHandlers(), ...options.handlers } as Handlers,
    base,
    logger,
    onEvent: options.onEvent,
  };
  health.start();
  return {
    dispatch: (channel, rawInput) => dispatch(deps, channel, rawInput),
    close: () => {
      health.closeDatabase();
      return printer.close();
    },
    dataDir,
    databasePath,
    grantFile: (file) => grants.grantFile(file),
    checksDone: () => health.settled(),
  };
}

// Builds the core on one data folder: opens and migrates hirebook.db, wires handlers to dispatch.
// Runs in plain Node: Electron main, the CLI and tests all start here.
import fs from 'node:fs';
import path from 'node:path';
import type { EventName, Result } from '../contract';
import type { CoreBase, CoreLogger, CoreWorkers } from './core-context';
import { migrate } from './db/migrate';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { openDatabase, type Db } from './db/open-database';
import { dispatch, type DispatchDeps } from './dispatch';
import { DomainError } from './errors';
import { createHandlers, type Handlers } from './handlers';
import { PathGrants } from './files/path-grants';
import { BatchJobs } from './jobs';
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
  /** The preload resolved a file the owner dropped or chose in the page: it may be read (requireGrants). */
  grantFile(file: string): void;
}

export const DATABASE_FILE = 'hirebook.db';

const consoleLogger: CoreLogger = {
  error: (...args) => console.error(...args),
  warn: (...args) => console.warn(...args),
  info: () => undefined,
};

function openAndMigrate(databasePath: string, dataDir: string, options: CoreOptions): Db {
  const db = openDatabase(databasePath, {
    nativeBinding: options.nativeBinding,
    refuseNewerThan: LATEST_SCHEMA_VERSION,
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
  completePendingRestore(dataDir);
  const attachmentsDir = path.join(dataDir, 'attachments');
  fs.mkdirSync(attachmentsDir, { recursive: true });
  fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
  const databasePath = path.join(dataDir, DATABASE_FILE);
  const db = openAndMigrate(databasePath, dataDir, options);

  const logger = options.logger ?? consoleLogger;
  const printer = printerSlot(options.printer);
  const grants = new PathGrants(options.requireGrants ?? false);
  const base: CoreBase = {
    db,
    dataDir,
    databasePath,
    nativeBinding: options.nativeBinding,
    workers: options.workers ?? {},
    attachmentsDir,
    runtime: options.runtime ?? 'node',
    appVersion: options.appVersion ?? '0.0.0-dev',
    now: options.now ?? (() => new Date()),
    printer: printer.get,
    platform: options.platform ?? null,
    grants,
    jobs: new BatchJobs(),
    emit: emitter(options, logger),
  };
  const deps: DispatchDeps = {
    handlers: { ...createHandlers(), ...options.handlers } as Handlers,
    base,
    logger,
    onEvent: options.onEvent,
  };
  return {
    dispatch: (channel, rawInput) => dispatch(deps, channel, rawInput),
    close: () => {
      if (db.open) db.close();
      return printer.close();
    },
    dataDir,
    databasePath,
    grantFile: (file) => grants.grantFile(file),
  };
}

// What every handler receives besides its input: the connection, folders, clock and a change
// recorder. Runs in plain Node.
import type { DataDomain, EventName } from '../contract';
import type { StandbyPlanner } from './csv/csv-import-thread-start';
import type { Db } from './db/open-database';
import type { PdfPrinter } from './postings/pdf-printer';
import type { BatchJobs } from './jobs';
import type { PathGrants } from './files/path-grants';
import type { PlatformServices } from './platform-services';
import type { DataHealth } from './data-health/data-health';

export interface CoreLogger {
  error(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  info(...args: unknown[]): void;
}

/** A worker thread's script (a built file next to the bundle) and any Node flags it needs. */
export interface WorkerScript {
  path: string;
  execArgv?: string[];
  /** Its memory limit where the worker is started through runLimitedWorker (default 512 MB; tests lower it). */
  memoryLimitMb?: number;
}

/** Worker threads the core may hand long jobs to; a job without one runs on the core's thread. */
export interface CoreWorkers {
  /** The CSV import's writing thread (csv-import-worker.ts), which starts its planning thread beside it. */
  csvImport?: WorkerScript;
  /**
   * Where an import with `csvImport` stores its batches: in that writing thread (the default: the core keeps
   * answering other requests meanwhile), or on the core's own thread and connection, the planning thread started
   * straight from the core (a one-shot CLI command, which has nothing else to answer: one thread fewer to start
   * and load before the first row is stored).
   */
  importWriter?: 'thread' | 'core';
  /**
   * A planning thread started before the import (a one-shot `hirebook candidates import` starts it as the process
   * starts, so it loads and reads the file meanwhile): the first import with `importWriter: 'core'` takes it
   * instead of starting one.
   */
  standbyPlanner?: StandbyPlanner;
  /** Reads files from outside: résumé text (PDF, Word) and job-description files (untrusted-file-worker.ts). */
  untrustedFile?: WorkerScript;
  /** Runs SQLite's quick_check / integrity_check on its own read-only connection (data-check-worker.ts). */
  dataCheck?: WorkerScript;
  /** Backups, looking inside them and restoring them (backup/backup-worker.ts). */
  backup?: WorkerScript;
}

export interface CoreContext {
  readonly db: Db;
  readonly dataDir: string;
  readonly databasePath: string;
  /** The better-sqlite3 binding the core opened with (Electron's ABI), for worker threads' own connections. */
  readonly nativeBinding: string | undefined;
  readonly workers: CoreWorkers;
  /** Content-addressed files: attachments/<sha256>. */
  readonly attachmentsDir: string;
  readonly runtime: 'electron' | 'node';
  readonly appVersion: string;
  now(): Date;
  /**
   * The PDF printer, started on first use and kept warm until the core closes. Throws a DomainError
   * ('unavailable') when this core was built without one.
   */
  printer(): PdfPrinter;
  /** The desktop shell's folder and print dialogs; null in the CLI (the channels answer 'unavailable'). */
  readonly platform: PlatformServices | null;
  /** The files and folders the owner picked; in the desktop app, the only ones read or written. */
  readonly grants: PathGrants;
  /** Running cancellable jobs (batch PDFs, CSV imports), so a cancel call can reach one while its own call is still awaiting. */
  readonly jobs: BatchJobs;
  /** The data file's health: the start-up and weekly checks, damage met by any request, read-only mode. */
  readonly health: DataHealth;
  /** When a request of this core last changed data (ctx.changed), in ms since 1970 by `now`; 0 for never. */
  readonly lastChange: { at: number };
  /** Sends a push event now (progress); a throwing listener is logged, never fails the handler. */
  emit(event: EventName, payload: unknown): void;
  /** Records what a write touched; dispatch sends data:changed only after the handler succeeded. */
  changed(domain: DataDomain, ids: readonly string[]): void;
}

/** The parts of a context that live as long as the core; dispatch adds `changed` per call. */
export type CoreBase = Omit<CoreContext, 'changed'>;

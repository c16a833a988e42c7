// What every handler receives besides its input: the connection, folders, clock and a change
// recorder. Runs in plain Node.
import type { DataDomain } from '../contract';
import type { Db } from './db/open-database';

export interface CoreLogger {
  error(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  info(...args: unknown[]): void;
}

export interface CoreContext {
  readonly db: Db;
  readonly dataDir: string;
  readonly databasePath: string;
  /** Content-addressed files: attachments/<sha256>. */
  readonly attachmentsDir: string;
  readonly runtime: 'electron' | 'node';
  readonly appVersion: string;
  now(): Date;
  /** Records what a write touched; dispatch sends data:changed only after the handler succeeded. */
  changed(domain: DataDomain, ids: readonly string[]): void;
}

/** The parts of a context that live as long as the core; dispatch adds `changed` per call. */
export type CoreBase = Omit<CoreContext, 'changed'>;

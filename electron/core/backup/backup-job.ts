// What a backup or restore job is given and how it reports: plain data (it crosses into a worker thread)
// and two hooks. Runs in plain Node and worker threads.
import type { BackupProgress } from '../../contract';

export interface BackupJobParams {
  dataDir: string;
  databasePath: string;
  nativeBinding: string | undefined;
  appVersion: string;
  /** ISO time the job counts as "now" (manifest's createdAt, replaced-<time>/). */
  now: string;
  /** Tests only: fail with ENOSPC after this many bytes written (a full disk without a small file system). */
  writeLimitBytes?: number;
  /** Tests only: scrypt's work factor (log2 N) for new encrypted archives; age's default (18) otherwise. */
  scryptWorkFactor?: number;
}

export interface CreateParams extends BackupJobParams {
  kind: 'create';
  outPath: string;
  replace: boolean;
  passphrase: string | undefined;
}

export interface OpenParams extends BackupJobParams {
  kind: 'inspect' | 'restore';
  archivePath: string;
  passphrase: string | undefined;
  latestSchema: number;
}

export type JobParams = CreateParams | OpenParams;

export interface JobHooks {
  /** Called often (every chunk); the caller throttles what it sends on. */
  progress(phase: BackupProgress['phase'], done: number, total: number): void;
  /** True once backup:cancel asked this job to stop. */
  cancelled(): boolean;
}

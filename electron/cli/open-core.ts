// Opens the core on the CLI's data folder and turns "cannot open" into a clear CliFailure.
// Runs in plain Node (the `hirebook` command).
import path from 'node:path';
import type { Result } from '../contract';
import { createCore, DATABASE_FILE, type Core } from '../core/create-core';
import type { CoreWorkers } from '../core/core-context';
import { createPlaywrightPrinter } from '../core/postings/pdf-printer-playwright';
import { CliFailure, EXIT_DAMAGED, EXIT_FAILURE, type CliIo } from './io';

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function explain(error: unknown, file: string): string {
  switch (codeOf(error)) {
    case 'database_too_new':
      return `${file} was written by a newer Hirebook; install the latest version to use it. The file was not changed.`;
    case 'database_corrupt':
      return (
        `${file} is damaged or not a Hirebook database. The file was not changed. Save what still reads with ` +
        '"hirebook salvage --out FOLDER", then move it aside (or restore a copy from backups/) and try again.'
      );
    case 'folder_read_only':
      return `cannot write to the data folder ${path.dirname(file)} (the folder, the disk or ${DATABASE_FILE} is read-only). Nothing was changed or created; fix its permissions or use --data-dir.`;
    default:
      return `could not open ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The worker scripts built next to the command's bundle (out/cli), found by its entry (index.ts), whose folder
 * that is: this file is bundled into a chunk in another folder. None when run from the TypeScript sources
 * (tests, tsx scripts): those jobs then run on the core's thread.
 */
let builtWorkers: CoreWorkers = {};

/** Called once by the entry, before any command runs. */
export function useBuiltWorkers(workers: CoreWorkers): void {
  builtWorkers = workers;
}

/**
 * `workers`: how this command uses the worker threads (a one-shot import stores its batches on the core's thread,
 * planned by the thread started with the process).
 */
export function openCliCore(dataDir: string, appVersion: string, io: CliIo, workers: Pick<CoreWorkers, 'importWriter' | 'standbyPlanner'> = {}): Core {
  const line = (level: string, args: unknown[]): void => {
    const text = args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ');
    io.stderr.write(`hirebook: ${level}: ${text}\n`);
  };
  try {
    return createCore({
      dataDir,
      runtime: 'node',
      appVersion,
      // Chromium starts only when a command prints; CHROMIUM_PATH comes from the caller's environment.
      printer: () => createPlaywrightPrinter(io.env),
      // out/cli/csv-import-worker.cjs and untrusted-file-worker.cjs, built next to hirebook.cjs
      // (vite.cli.config.mts): imports, résumé text and job-description files run there, off the
      // command's thread (the untrusted-file worker within a memory and a time limit).
      workers: { ...builtWorkers, ...workers },
      logger: {
        error: (...args: unknown[]) => line('error', args),
        warn: (...args: unknown[]) => line('warning', args),
        info: () => undefined,
      },
    });
  } catch (error) {
    const damaged = codeOf(error) === 'database_corrupt';
    throw new CliFailure(explain(error, path.join(path.resolve(dataDir), DATABASE_FILE)), damaged ? EXIT_DAMAGED : EXIT_FAILURE);
  }
}

/** Unwraps a Result for one-shot commands: ok:false becomes a CliFailure with the core's message. */
export function valueOrFail<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const issues = (result.error.issues ?? []).map((issue) => `\n  ${issue.path.join('.') || '(input)'}: ${issue.message}`);
  throw new CliFailure(`${result.error.message} [${result.error.code}]${issues.join('')}`, result.error.code === 'damaged' ? EXIT_DAMAGED : EXIT_FAILURE);
}

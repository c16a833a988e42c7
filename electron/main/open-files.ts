// Opening a Hirebook backup from outside the app: double-clicking a .hirebook-backup (fileAssociations in
// electron-builder.yml), dropping one on the app's icon, or `hirebook-app file.hirebook-backup`. The path
// comes in on the command line of the first start, of a second start (the single-instance lock hands it to
// this process: second-instance), or in macOS's open-file event. Each accepted path is granted to the core
// (it may read that one file) and the page is told (app:open-backup), which starts the restore flow with it,
// asking before anything is replaced. The page is told only once it listens: its first app:menu-state after
// a load says so (the command listeners are bound before it is sent), so a file opened while the window
// starts or reloads waits. Runs in the Electron main process; the rules are plain functions for the tests.
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BACKUP_EXTENSION } from '../contract';

/** Longest path accepted (as the file grants take). */
const MAX_PATH = 4096;

/** The backup files named on a command line, as absolute paths (relative ones from `cwd`), each once. */
export function backupPathsIn(argv: readonly string[], cwd: string): string[] {
  const found = argv
    .filter((arg) => !arg.startsWith('-') && arg.length <= MAX_PATH && arg.toLowerCase().endsWith(BACKUP_EXTENSION))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
  return [...new Set(found)];
}

/** True for an existing regular file with the backup extension at an absolute path. */
export function isBackupFile(path: string): boolean {
  if (!isAbsolute(path) || path.length > MAX_PATH || !path.toLowerCase().endsWith(BACKUP_EXTENSION)) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface FileOpenerDeps {
  /** Lets the core read this one file; false when there is no core to hold the grant (a reopen is under way). */
  grant(path: string): boolean;
  /** Tells the page (app:open-backup) and brings the window to the front. */
  send(path: string): void;
  warn(message: string): void;
}

export interface FileOpener {
  /** A backup to open: told to the page now if it listens, else when it next does. */
  open(path: string): void;
  /** The page listens (its app:menu-state arrived): tell it what waited. */
  pageReady(): void;
  /** The page is loading or reloading: hold what comes until it listens again. */
  pageGone(): void;
}

export function createFileOpener(deps: FileOpenerDeps): FileOpener {
  const waiting: string[] = [];
  let ready = false;
  const flush = (): void => {
    while (ready && waiting.length > 0) {
      const path = waiting.shift() as string;
      if (deps.grant(path)) deps.send(path);
      else {
        // No core right now (a reopen): try again when the page is back.
        waiting.unshift(path);
        ready = false;
      }
    }
  };
  return {
    open(path) {
      if (!isBackupFile(path)) {
        deps.warn(`Not opened: ${path.slice(0, 300)} is not a Hirebook backup file`);
        return;
      }
      if (!waiting.includes(path)) waiting.push(path);
      flush();
    },
    pageReady() {
      ready = true;
      flush();
    },
    pageGone() {
      ready = false;
    },
  };
}

// Finds the worker thread scripts a build emits next to its bundle (out/main: .js, out/cli: .cjs), for the
// doors to hand to createCore. Runs in plain Node (Electron main, the CLI).
import fs from 'node:fs';
import path from 'node:path';
import type { CoreWorkers, WorkerScript } from './core-context';

function builtNextTo(bundleDir: string, name: string): WorkerScript | undefined {
  const file = ['.js', '.cjs'].map((ext) => path.join(bundleDir, `${name}${ext}`)).find((candidate) => fs.existsSync(candidate));
  return file ? { path: file } : undefined;
}

/**
 * The workers emitted next to a running bundle (pass the bundle's __dirname). From TypeScript sources
 * (tests, tsx scripts) there are none, and those jobs run on the core's thread. `options.importWriter` and `options.standbyPlanner`: see CoreWorkers.
 */
export function bundledWorkers(bundleDir: string, options: Pick<CoreWorkers, 'importWriter' | 'standbyPlanner'> = {}): CoreWorkers {
  const csvImport = builtNextTo(bundleDir, 'csv-import-worker');
  const untrustedFile = builtNextTo(bundleDir, 'untrusted-file-worker');
  const dataCheck = builtNextTo(bundleDir, 'data-check-worker');
  const backup = builtNextTo(bundleDir, 'backup-worker');
  return {
    ...options,
    ...(csvImport ? { csvImport } : {}),
    ...(untrustedFile ? { untrustedFile } : {}),
    ...(dataCheck ? { dataCheck } : {}),
    ...(backup ? { backup } : {}),
  };
}

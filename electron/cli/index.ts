// Entry of the `hirebook` command (bundled to out/cli/hirebook.cjs, started by bin/hirebook.cjs).
// Runs in plain Node 20: the same core as the app, no Electron.
import { version } from '../../package.json';
import { bundledWorkers } from '../core/core-workers';
import type { WorkerScript } from '../core/core-context';
import { StandbyPlanner } from '../core/csv/csv-import-thread-start';

// A reader that stops early (`hirebook rpc --list | head`) closes the pipe: leave quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * `hirebook candidates import FILE` spends its first tenth of a second loading its code and opening the data
 * folder. Its planning thread starts now, before that code loads (main.ts and what it imports come after, in a
 * chunk of their own), so the thread's own start and its reading of the file happen meanwhile. Only a likely
 * import starts it; the parsed command decides whether it is used (main.ts), and it ends unused otherwise.
 */
function standbyFor(argv: readonly string[], script: WorkerScript | undefined): StandbyPlanner | undefined {
  const at = argv.indexOf('candidates');
  return script && at >= 0 && argv[at + 1] === 'import' ? new StandbyPlanner(script) : undefined;
}

const argv = process.argv.slice(2);
// The worker threads' scripts, built next to this bundle (vite.cli.config.mts).
const workers = bundledWorkers(__dirname);
const standby = standbyFor(argv, workers.csvImport);
Promise.all([import('./main'), import('./open-core')])
  .then(([{ runCli }, { useBuiltWorkers }]) => {
    useBuiltWorkers(workers);
    return runCli(argv, version, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }, standby);
  })
  .then(
    (code) => {
      // exitCode, not exit(): let piped stdout flush before Node leaves.
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`hirebook: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );

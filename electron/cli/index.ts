// Entry of the `hirebook` command (bundled to out/cli/hirebook.cjs, started by bin/hirebook.cjs).
// Runs in plain Node 20: the same core as the app, no Electron.
import { version } from '../../package.json';
import { runCli } from './main';

// A reader that stops early (`hirebook rpc --list | head`) closes the pipe: leave quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), version, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    // exitCode, not exit(): let piped stdout flush before Node leaves.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hirebook: ${String(error)}\n`);
    process.exitCode = 1;
  },
);

// Finds the Electron executable the npm package installed, or says why there is none, so the app
// tests can skip with a reason. Runs in the Playwright test process (Node).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronLookup = { ok: true; executable: string } | { ok: false; reason: string };

export function findElectronBinary(root: string): ElectronLookup {
  const require = createRequire(join(root, 'package.json'));
  let dir: string;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron npm package is not installed' };
  }
  // Read path.txt ourselves: require('electron') would start the binary's download (Electron 45 fetches it
  // on first use), which a test run must never do.
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { ok: false, reason: `no Electron binary downloaded yet (${pathFile} is missing: \`npm start\` fetches it on first use; this machine has not)` };
  }
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return { ok: false, reason: `the Electron binary ${executable} is missing` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display for Electron (set DISPLAY, e.g. run the tests under xvfb-run)' };
  }
  return { ok: true, executable };
}

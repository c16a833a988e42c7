// Builds the `hirebook` CLI bundle (vite.cli.config.mts) into a private folder under .tmp/, for Vitest's
// global setup (one bundle per run) and for any test that needs its own copy. Plain Node: no Vitest API.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');

export interface BuiltCli {
  /** The bundle's entry, e.g. .tmp/cli-AbC123/hirebook.cjs (its workers and chunks sit beside it). */
  bundle: string;
  /** Removes the bundle's folder. */
  cleanup: () => void;
}

function viteArgs(outDir: string): string[] {
  return [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.cli.config.mts', '--outDir', outDir, '--logLevel', 'error'];
}

const viteEnv = (): NodeJS.ProcessEnv => ({ ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' });

function newOutDir(): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.tmp', 'cli-'));
}

function built(outDir: string): BuiltCli {
  return { bundle: join(outDir, 'hirebook.cjs'), cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

/**
 * Builds the CLI exactly as `npm run build:cli` does, but into its own folder under .tmp/, so test
 * runs in parallel never race on out/cli and always test the current sources. Blocks until done.
 */
export function buildCliBundle(): BuiltCli {
  const outDir = newOutDir();
  const result = spawnSync(process.execPath, viteArgs(outDir), { cwd: ROOT, encoding: 'utf8', env: viteEnv() });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`CLI build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return built(outDir);
}

/** The same build without blocking the event loop; `outDir` rebuilds into an existing folder (watch mode). */
export function buildCliBundleAsync(outDir = newOutDir()): Promise<BuiltCli> {
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, viteArgs(outDir), { cwd: ROOT, env: viteEnv() });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolveBuild(built(outDir));
      else reject(new Error(`CLI build failed (exit ${code}):\n${output}`));
    });
  });
}

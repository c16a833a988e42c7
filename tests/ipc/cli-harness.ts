// Test helpers for the `hirebook` CLI: builds the real bundle (vite.cli.config.mts) into a private
// folder, spawns it against temp data folders, and talks NDJSON to `hirebook rpc`. Runs in Vitest (Node).
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(__dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Builds the CLI exactly as `npm run build:cli` does, but into its own folder under .tmp/, so test
 * files running in parallel never race on out/cli and always test the current sources.
 */
export function buildCliBundle(): { bundle: string; cleanup: () => void } {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, '.tmp', 'cli-'));
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.cli.config.mts', '--outDir', outDir, '--logLevel', 'error'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  if (result.status !== 0) throw new Error(`CLI build failed:\n${result.stdout}\n${result.stderr}`);
  return { bundle: join(outDir, 'hirebook.cjs'), cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'hirebook-cli-'));
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.HIREBOOK_DATA_DIR;
  return env;
}

/** Runs the bundle once with `args`, feeding `stdin`, and collects everything it prints. */
export function runCli(bundle: string, args: readonly string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd: ROOT, env: { ...cleanEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

export interface CliTestbed {
  /** Runs the CLI built for this test file (extra `env` is laid over a clean environment). */
  run(args: readonly string[], stdin?: string, env?: NodeJS.ProcessEnv): Promise<CliRun>;
  /** The built bundle's path (valid once the file's tests start). */
  bundle(): string;
  /** A fresh temp folder, removed after the file's tests. */
  tempDir(): string;
}

/** Builds the CLI once for a test file and cleans up the bundle and every temp folder afterwards. */
export function useCliTestbed(): CliTestbed {
  let built: { bundle: string; cleanup: () => void } | null = null;
  const dirs: string[] = [];
  beforeAll(() => {
    built = buildCliBundle();
  }, 120_000);
  afterAll(() => {
    built?.cleanup();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const bundle = (): string => {
    if (!built) throw new Error('The CLI bundle is built in beforeAll; call this inside a test or hook.');
    return built.bundle;
  };
  return {
    bundle,
    run: (args, stdin = '', env = {}) => runCli(bundle(), args, stdin, env),
    tempDir() {
      const dir = tempDataDir();
      dirs.push(dir);
      return dir;
    },
  };
}

export interface RpcResponse {
  id: string | number | null;
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] };
}

/** Parses stdout of `hirebook rpc`: every line must be one JSON response. */
export function parseResponses(stdout: string): RpcResponse[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as RpcResponse);
}

/** A running `hirebook rpc`: send one request, await its response line (interactive, like a script would). */
export class RpcSession {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: ((line: string) => void)[] = [];
  private readonly buffered: string[] = [];
  private stderrText = '';

  constructor(bundle: string, dataDir: string) {
    this.child = spawn(process.execPath, [bundle, '--data-dir', dataDir, 'rpc'], { cwd: ROOT, env: cleanEnv() });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderrText += chunk));
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on('line', (line) => {
      const next = this.waiting.shift();
      if (next) next(line);
      else this.buffered.push(line);
    });
  }

  nextLine(): Promise<string> {
    const line = this.buffered.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolveLine) => this.waiting.push(resolveLine));
  }

  /** Writes one request line without waiting for its answer (read it later with nextLine). */
  send(request: { id: number | string; channel: string; input: unknown; background?: boolean }): void {
    this.child.stdin.write(`${JSON.stringify(request)}\n`);
  }

  async call(id: number | string, channel: string, input: unknown): Promise<RpcResponse> {
    this.send({ id, channel, input });
    return JSON.parse(await this.nextLine()) as RpcResponse;
  }

  /** Ends stdin and resolves with the exit code. */
  close(): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolveClose) => {
      this.child.on('close', (code) => resolveClose({ code, stderr: this.stderrText }));
      this.child.stdin.end();
    });
  }
}

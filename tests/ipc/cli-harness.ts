// Test helpers for the `hirebook` CLI: the bundle built once per Vitest run (cli-global-setup.ts), spawned
// against temp data folders, and NDJSON with `hirebook rpc`. Runs in Vitest (Node).
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { buildCliBundle, ROOT, type BuiltCli } from './cli-build';

export { buildCliBundle, ROOT };

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Wall time one CLI run may take on a slow, busy machine. A run starts Node and loads what its command
 * needs (well under 0.5 s of CPU for a list; more for a PDF, a file read or an import), yet a run at load
 * 20 on two cores measured 4–8 s when it loaded the whole bundle, and up to 18 s with a second `npm test`
 * running alongside.
 */
export const CLI_RUN_MS = 30_000;

/**
 * A time limit for a test that runs the CLI `runs` times: CLI_RUN_MS each, plus 10 s for the test's own
 * work. Count a run that prints a PDF as two (it starts Chromium too), and a big import as three.
 */
export function cliTimeout(runs: number): number {
  return 10_000 + runs * CLI_RUN_MS;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'hirebook-cli-'));
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.HIREBOOK_DATA_DIR;
  return env;
}

/** CLI processes still running: a test that timed out leaves its child behind, which afterEach ends. */
const running = new Set<ChildProcess>();

function track(child: ChildProcess): void {
  running.add(child);
  child.on('close', () => running.delete(child));
}

/** Ends every CLI process a finished test left running, so none competes with the next test for CPU. */
export function killLeftoverCliProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Runs the bundle once with `args`, feeding `stdin`, and collects everything it prints. */
export function runCli(bundle: string, args: readonly string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { cwd: ROOT, env: { ...cleanEnv(), ...env } });
    track(child);
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
  /** Runs this run's CLI bundle (extra `env` is laid over a clean environment). */
  run(args: readonly string[], stdin?: string, env?: NodeJS.ProcessEnv): Promise<CliRun>;
  /** The bundle's path (valid once the file's tests start). */
  bundle(): string;
  /** A fresh temp folder, removed after the file's tests. */
  tempDir(): string;
}

/**
 * The CLI for a test file: the bundle Vitest's global setup built once for the whole run (see
 * cli-global-setup.ts), or, where none was provided (a config without that setup), one built for this
 * file. Removes every temp folder after the file's tests and ends CLI processes a test left running.
 */
export function useCliTestbed(): CliTestbed {
  let bundlePath: string | null = null;
  let own: BuiltCli | null = null;
  const dirs: string[] = [];
  beforeAll(() => {
    const shared = inject('hirebookCliBundle');
    if (shared) bundlePath = shared;
    else {
      own = buildCliBundle();
      bundlePath = own.bundle;
    }
  }, 120_000);
  afterEach(() => killLeftoverCliProcesses());
  afterAll(() => {
    killLeftoverCliProcesses();
    own?.cleanup();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const bundle = (): string => {
    if (!bundlePath) throw new Error('The CLI bundle is known from beforeAll; call this inside a test or hook.');
    return bundlePath;
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
    track(this.child);
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

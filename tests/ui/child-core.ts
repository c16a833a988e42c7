// Node (UI crash tests): the real core in a CHILD PROCESS (`hirebook rpc` over NDJSON) so a test can SIGKILL it
// mid-typing, and a page bridge whose window.hirebook.invoke goes to whichever child is running now.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { BrowserContext } from '@playwright/test';
import type { Result } from '../../electron/contract';

const CLI = path.resolve(__dirname, '../../out/cli/hirebook.cjs');

type Pending = (result: Result<unknown>) => void;

const gone = (why: string): Result<unknown> => ({ ok: false, error: { code: 'internal', message: `Hirebook is not running (${why}).` } });

/** One `hirebook rpc --data-dir D` process: requests are written as lines and answered by id. */
export class ChildCore {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private alive = true;
  readonly exited: Promise<void>;
  stderr = '';

  constructor(readonly dataDir: string) {
    this.child = spawn(process.execPath, [CLI, '--data-dir', dataDir, 'rpc'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: this.child.stdout }).on('line', (line) => this.answer(line));
    this.exited = new Promise((resolve) => this.child.on('exit', () => resolve()));
    void this.exited.then(() => this.settleAll('the process ended'));
  }

  /** Starts a child and waits until it answers; `databasePath` is its SQLite file. */
  static async start(dataDir: string): Promise<{ core: ChildCore; databasePath: string }> {
    if (!fs.existsSync(CLI)) throw new Error(`No built CLI at ${CLI}. Run the build first (npm run build).`);
    const core = new ChildCore(dataDir);
    const info = await core.invoke('app:info', {});
    if (!info.ok) throw new Error(`The child core did not start: ${info.error.message}\n${core.stderr}`);
    return { core, databasePath: (info.value as { databasePath: string }).databasePath };
  }

  /** Calls a channel; throws on a refused call (for setting up a test). */
  async call<T>(channel: string, input: unknown): Promise<T> {
    const result = await this.invoke(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value as T;
  }

  invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    if (!this.alive) return Promise.resolve(gone('killed'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.stdin.write(`${JSON.stringify({ id, channel, input: input ?? {} })}\n`);
    });
  }

  /** Like a power cut: no clean-up, no last writes. Resolves when the process is gone. */
  async kill(): Promise<void> {
    this.alive = false;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Ends the stream; the child closes its database and exits. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.alive = false;
    this.child.stdin.end();
    await this.exited;
  }

  private answer(line: string): void {
    const response = JSON.parse(line) as { id: number } & Result<unknown>;
    const resolve = this.pending.get(response.id);
    this.pending.delete(response.id);
    resolve?.(response.ok ? { ok: true, value: response.value } : { ok: false, error: response.error });
  }

  private settleAll(why: string): void {
    this.alive = false;
    for (const resolve of this.pending.values()) resolve(gone(why));
    this.pending.clear();
  }
}

/**
 * The same window.hirebook the preload exposes, for every page of the context, bridged to `current()` (no push
 * events: the CLI sends none).
 */
export async function installChildBridge(context: BrowserContext, current: () => ChildCore | null): Promise<void> {
  await context.exposeBinding('__hirebookInvoke', (_source, channel: string, input: unknown) => current()?.invoke(channel, input) ?? gone('not started'));
  await context.addInitScript({
    content: `window.hirebook = Object.freeze({
      invoke: (channel, input) => window.__hirebookInvoke(channel, input),
      on: () => () => undefined,
    });`,
  });
}

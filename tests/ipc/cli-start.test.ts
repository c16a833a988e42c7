// A fast start: what the built CLI loads for `hirebook info` and `hirebook roles list`. Each command loads its
// own module, the core its domain's handlers and specs, and the heavy libraries (PDF, Word, HTML, CSV, zip,
// e-mail, encryption, the PDF printer) wait for a command that uses them. The list of loaded files comes from
// Node's own module cache, written by a --require hook when the process exits. Runs in Vitest (Node).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();

const HEAVY = [
  'pdfjs-dist',
  'mammoth',
  'htmlparser2',
  'sanitize-html',
  'papaparse',
  'nodemailer',
  'mailparser',
  '@kenjiuno/msgreader',
  'age-encryption',
  'yazl',
  'yauzl',
  'playwright-core',
  'ics',
  'diff',
];

/** Runs the CLI with a hook that lists every file Node loaded; returns the run and those files. */
async function loadedBy(args: readonly string[], stdin = ''): Promise<{ code: number | null; stdout: string; files: string[] }> {
  const dir = cli.tempDir();
  const hook = join(dir, 'list-modules.cjs');
  const out = join(dir, 'modules.json');
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
  const run = await cli.run(args, stdin, { NODE_OPTIONS: `--require ${JSON.stringify(hook)}` });
  return { code: run.code, stdout: run.stdout, files: JSON.parse(readFileSync(out, 'utf8')) as string[] };
}

/** The npm packages among the loaded files (the innermost node_modules of each path). */
function packages(files: readonly string[]): string[] {
  const names = files.flatMap((file) => {
    const path = file.replace(/\\/g, '/');
    const at = path.lastIndexOf('/node_modules/');
    if (at < 0) return [];
    const parts = path.slice(at + '/node_modules/'.length).split('/');
    return [parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '')];
  });
  return [...new Set(names)].sort();
}

/** The bundle's chunks of one kind ('handlers', 'contract') that were loaded, by module name: 'roles-handlers'. */
function chunks(files: readonly string[], kind: string): string[] {
  const pattern = new RegExp(`^(.+-${kind})-[\\w-]+\\.cjs$`);
  return files.flatMap((file) => pattern.exec(basename(file))?.[1] ?? []).sort();
}

describe('the CLI loads what a command needs, on first use', () => {
  it('hirebook info loads the app domain only and none of the heavy libraries', async () => {
    const dataDir = cli.tempDir();
    const run = await loadedBy(['--data-dir', dataDir, 'info']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Schema version:');
    expect(packages(run.files)).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path']);
    expect(chunks(run.files, 'handlers')).toEqual(['app-handlers']);
    expect(chunks(run.files, 'contract')).toEqual(['app-contract']);
  }, cliTimeout(2));

  it('hirebook roles list loads the roles domain only; rpc loads a domain when a request first needs it', async () => {
    const dataDir = cli.tempDir();
    const created = await loadedBy(['--data-dir', dataDir, 'rpc'], `${JSON.stringify({ id: 1, channel: 'roles:create', input: { title: 'Barista' } })}\n`);
    expect(created.code).toBe(0);
    expect(chunks(created.files, 'handlers')).toEqual(['roles-handlers']);
    const run = await loadedBy(['--data-dir', dataDir, 'roles', 'list']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Barista');
    expect(chunks(run.files, 'handlers')).toEqual(['roles-handlers']);
    expect(chunks(run.files, 'contract')).toEqual(['roles-contract']);
    const heavy = packages(run.files).filter((name) => HEAVY.includes(name));
    expect(heavy).toEqual([]);
  }, cliTimeout(3));

  it('reads a file from outside in its worker thread, found next to the bundle: the command itself loads no parser', async () => {
    const file = join(__dirname, '..', 'fixtures', 'jd', 'office-manager.html');
    const run = await loadedBy(['--data-dir', cli.tempDir(), 'jd', 'parse', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Title: Office Manager');
    // The HTML readers run in the untrusted-file thread only (the command's thread sniffs the file's kind).
    expect(packages(run.files).filter((name) => ['htmlparser2', 'sanitize-html', 'mammoth', 'pdfjs-dist'].includes(name))).toEqual([]);
  }, cliTimeout(2));
});

/** The files a built script runs when loaded: itself and every chunk it requires, transitively (read from its text). */
function scriptGraph(script: string): Map<string, string> {
  const graph = new Map<string, string>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    const text = readFileSync(file, 'utf8');
    graph.set(file, text);
    for (const [, relative] of text.matchAll(/require\("(\.{1,2}\/[^"]+\.cjs)"\)/g)) visit(join(dirname(file), relative ?? ''));
  };
  visit(script);
  return graph;
}

/** Whether any file of the graph holds zod's code (the bundle marks each bundled module with its path). */
const holdsZod = (graph: Map<string, string>): boolean => [...graph.values()].some((text) => text.includes('// node_modules/zod/'));

/** The chunks the entry requires as it loads, before any of its code runs (its `const require_… = require("./…")` lines). */
const entryRequires = (text: string): string[] => [...text.matchAll(/^const require_\w+ = require\("(\.\/[^"]+\.cjs)"\);$/gm)].map((m) => m[1] ?? '');

describe("the CSV import's threads", () => {
  it('a command line that may be an import starts its planning thread before the command loads the schemas', () => {
    const entry = cli.bundle();
    const text = readFileSync(entry, 'utf8');
    const first = entryRequires(text);
    expect(first.length).toBeGreaterThan(0);
    for (const chunk of first) expect(holdsZod(scriptGraph(join(dirname(entry), chunk)))).toBe(false);
    // The rest (the command's code, the contract and its schemas) is required after the thread is started.
    const started = text.indexOf('new require_csv_import_thread_start.StandbyPlanner(');
    expect(started).toBeGreaterThan(0);
    expect(text.indexOf('require("./chunks/main-')).toBeGreaterThan(started);
  });

  it('the planning and scanning thread loads no schemas, so it starts while the writing thread loads its own code', () => {
    const out = dirname(cli.bundle());
    const planner = scriptGraph(join(out, 'csv-import-planner-worker.cjs'));
    expect(holdsZod(planner)).toBe(false);
    // The writing thread's first script starts the helpers before it requires its code, which does load the schemas.
    expect(holdsZod(scriptGraph(join(out, 'csv-import-worker.cjs')))).toBe(false);
    expect(holdsZod(scriptGraph(join(out, 'csv-import-writer.cjs')))).toBe(true);
  });
});

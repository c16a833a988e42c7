// Benchmark (tsx, plain Node): the whole command `hirebook candidates import FILE --json` through the built
// CLI (out/cli, as `npm run bench` builds it), into a new empty data folder each time (made beforehand with
// `hirebook info`, untimed, as an owner's folder exists before an import), for generated CSVs of
// 10,000, 100,000, 300,000 and 1,000,000 people (bench-csv-people.ts: name, email, phone, city, source,
// tags, a note; about 120 bytes a row). Prints for each: the wall time from starting the process to its exit
// and rows per second of it, the process's peak resident memory and its CPU time (user + system, every
// thread: on a shared machine the wall clock also measures the neighbours, CPU time much less), and the
// load average before the run. Peak memory and CPU time come from the child itself (process.resourceUsage()
// in an exit hook loaded with --require). The files are written to a temp folder at run time and removed
// afterwards. Prints figures, asserts nothing. ROWS=10000,100000 to choose the sizes; RUNS=3 for the fastest of
// three runs; CLI=path/to/hirebook.cjs to measure another build (it must sit where it finds node_modules,
// e.g. under .tmp/). COMPARE=path/to/other/hirebook.cjs runs the two builds by turns (RUNS each) and prints each
// one's median and fastest: on a machine whose speed drifts, only runs side by side tell two builds apart.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writePeopleCsv } from './bench-csv-people';

const BUNDLE = process.env.CLI ? resolve(process.env.CLI) : resolve(__dirname, '..', 'out', 'cli', 'hirebook.cjs');
const OTHER = process.env.COMPARE ? resolve(process.env.COMPARE) : null;
const SIZES = (process.env.ROWS ?? '10000,100000,300000,1000000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 1);

/** Loaded into the CLI with --require: at exit, writes its peak RSS and CPU time (all threads) to the file the environment names. */
const USAGE_HOOK = `process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.HIREBOOK_BENCH_USAGE, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
});
`;

interface Run {
  seconds: number;
  peakBytes: number;
  cpuSeconds: number;
  load: number;
  imported: number;
  errors: number;
}

function importFile(file: string, dataDir: string, hook: string, usageFile: string, bundle = BUNDLE): Promise<Run> {
  const [load = 0] = os.loadavg();
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', hook, bundle, '--data-dir', dataDir, 'candidates', 'import', file, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HIREBOOK_BENCH_USAGE: usageFile },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0) {
        fail(new Error(`The import failed (exit ${code}): ${stderr}`));
        return;
      }
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMicros: number };
      const result = JSON.parse(stdout) as { imported: number; errors: unknown[] };
      done({ seconds, peakBytes: usage.maxRssKb * 1024, cpuSeconds: usage.cpuMicros / 1e6, load, imported: result.imported, errors: result.errors.length });
    });
  });
}

/**
 * The two builds by turns, each into a new empty folder: each one's median and fastest wall time. Every run of
 * both must import the same number of rows, or the figures compare different work.
 */
async function compare(file: string, rows: number, dir: string, hook: string, other: string): Promise<void> {
  const times = new Map<string, number[]>([[BUNDLE, []], [other, []]]);
  let imported: number | null = null;
  for (let i = 0; i < RUNS; i += 1) {
    for (const bundle of [BUNDLE, other]) {
      const data = join(dir, `data-${rows}-${i}`);
      execFileSync(process.execPath, [bundle, '--data-dir', data, 'info'], { stdio: 'ignore' });
      const run = await importFile(file, data, hook, join(dir, 'usage.json'), bundle);
      imported ??= run.imported;
      if (run.imported !== imported) throw new Error(`${bundle} imported ${run.imported} rows where the first run imported ${imported}.`);
      times.get(bundle)?.push(run.seconds);
      rmSync(data, { recursive: true, force: true });
    }
  }
  for (const [bundle, runs] of times) {
    const sorted = [...runs].sort((a, b) => a - b);
    const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
    console.log(`  ${rows.toLocaleString('en-US').padStart(9)} rows, ${bundle}: median ${median.toFixed(3)} s, fastest ${(sorted[0] ?? 0).toFixed(3)} s (${runs.length} runs by turns)`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error('Build the CLI first: npm run -s build:cli');
  if (OTHER && !existsSync(OTHER)) throw new Error(`No build at ${OTHER}`);
  const dir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-import-memory-'));
  const hook = join(dir, 'usage-hook.cjs');
  writeFileSync(hook, USAGE_HOOK);
  const count = (n: number): string => Math.round(n).toLocaleString('en-US');
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(0);
  const how = OTHER ? `two builds by turns, ${RUNS} run${RUNS === 1 ? '' : 's'} each` : `fastest of ${RUNS} run${RUNS === 1 ? '' : 's'} by wall time`;
  console.log(`hirebook candidates import FILE --json, the whole command (${os.cpus().length} cores; ${how})`);
  try {
    for (const rows of SIZES) {
      const file = join(dir, `people-${rows}.csv`);
      await writePeopleCsv(file, rows, 'bench');
      if (OTHER) {
        await compare(file, rows, dir, hook, OTHER);
        rmSync(file, { force: true });
        continue;
      }
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const data = join(dir, `data-${rows}-${i}`);
        execFileSync(process.execPath, [BUNDLE, '--data-dir', data, 'info'], { stdio: 'ignore' });
        runs.push(await importFile(file, data, hook, join(dir, 'usage.json')));
        rmSync(data, { recursive: true, force: true });
      }
      const run = runs.reduce((best, r) => (r.seconds < best.seconds ? r : best));
      console.log(
        `  ${count(rows).padStart(9)} rows (${mb(statSync(file).size).padStart(3)} MB file): ${run.seconds.toFixed(2).padStart(6)} s  ` +
          `${count(run.imported / run.seconds).padStart(6)} rows/s  peak RSS ${mb(run.peakBytes).padStart(4)} MB  ` +
          `cpu ${run.cpuSeconds.toFixed(2).padStart(6)} s (${count(run.imported / run.cpuSeconds)} rows per cpu-second)  ` +
          `load average ${run.load.toFixed(2)} before  (imported ${run.imported}, errors ${run.errors})`,
      );
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();

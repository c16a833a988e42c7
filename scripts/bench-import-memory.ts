// Benchmark (tsx, plain Node): `hirebook candidates import FILE --json` of a generated 1,000,000-row CSV
// (about 47 MB) through the built CLI (out/cli, as `npm run bench` builds it) on a fresh data folder,
// with the child's peak resident memory (VmHWM from /proc/<pid>/status, polled; Linux only), rows per
// second and its CPU time (from /proc/<pid>/stat: on a shared machine the wall clock also measures the
// neighbours). The file is written to a temp folder at run time and removed afterwards. Prints figures,
// asserts nothing. ROWS=200000 tsx scripts/bench-import-memory.ts for a shorter run; CLI=path/to/hirebook.cjs
// to measure another build (it must sit where it finds node_modules, e.g. under .tmp/).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const BUNDLE = process.env.CLI ? resolve(process.env.CLI) : resolve(__dirname, '..', 'out', 'cli', 'hirebook.cjs');
const ROWS = Number(process.env.ROWS ?? 1_000_000);

/** Writes `rows` people (name, email, phone: about 47 bytes a row) without holding the file in memory. */
async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const flush = (text: string): Promise<void> =>
    new Promise((done) => (out.write(text) ? done() : out.once('drain', () => done())));
  await flush('Name,Email,Phone\n');
  let chunk = '';
  for (let i = 0; i < rows; i += 1) {
    chunk += `Person ${i},p${i}@example.com,+1 503 ${String(i).padStart(7, '0')}\n`;
    if (chunk.length > 1 << 20) {
      await flush(chunk);
      chunk = '';
    }
  }
  await flush(chunk);
  await new Promise<void>((done) => out.end(done));
}

/** The process's peak resident set so far, in bytes (0 when /proc cannot be read, e.g. after exit). */
function peakRss(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process's CPU time so far (user + system, all threads), in seconds; 0 when /proc cannot be read. */
function cpuSeconds(pid: number): number {
  try {
    // Fields after the command name (which is in parentheses): state is field 3, utime 14, stime 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface Run {
  seconds: number;
  peakBytes: number;
  /** CPU seconds at the last poll before exit (at most 50 ms short). */
  cpu: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI import, polling its peak RSS every 50 ms (VmHWM only grows, so the last read is the peak). */
function importFile(file: string, dataDir: string): Promise<Run> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [BUNDLE, '--data-dir', dataDir, 'candidates', 'import', file, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakBytes = 0;
    let cpu = 0;
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const poll = setInterval(() => {
      if (child.pid === undefined) return;
      peakBytes = Math.max(peakBytes, peakRss(child.pid));
      cpu = Math.max(cpu, cpuSeconds(child.pid));
    }, 50);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(poll);
      done({ seconds: (performance.now() - start) / 1000, peakBytes, cpu, code, stdout, stderr });
    });
  });
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error('Build the CLI first: npm run -s build:cli');
  const dir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-import-memory-'));
  try {
    const file = join(dir, 'people.csv');
    await writeCsv(file, ROWS);
    const bytes = statSync(file).size;
    const [load1] = os.loadavg();
    const run = await importFile(file, join(dir, 'data'));
    if (run.code !== 0) throw new Error(`The import failed (exit ${run.code}): ${run.stderr}`);
    const result = JSON.parse(run.stdout) as { imported: number; errors: unknown[]; warnings?: string[] };
    const mb = (n: number): string => (n / (1024 * 1024)).toFixed(0);
    console.log(
      `hirebook candidates import ${ROWS.toLocaleString('en-US')} rows (${mb(bytes)} MB file): ${run.seconds.toFixed(1)} s, ` +
        `${Math.round(result.imported / run.seconds).toLocaleString('en-US')} rows/s, peak RSS ${mb(run.peakBytes)} MB, cpu ${run.cpu.toFixed(1)} s ` +
        `(imported ${result.imported}, errors ${result.errors.length}; load average ${load1?.toFixed(1)} on ${os.cpus().length} cores)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();

// Benchmark (tsx, plain Node): hostile files against the BUILT CLI (out/cli/hirebook.cjs; `npm run bench`
// builds it first, or run `npm run -s build:cli`). Generates, in a temp folder removed afterwards: .docx zip
// bombs whose word/document.xml inflates to 2 GiB and 8 GiB (zip64), one whose headers lie about that size,
// a .docx of 95 MB of paragraphs that the zip guard lets through but no parser should be given all the
// memory it asks for, a PDF résumé whose page inflates to 2 GiB, a 2 GB sparse file, symlinks to /dev/zero
// and /dev/urandom, a FIFO and a folder named x.csv. Runs `jd parse FILE --json`, `candidates import FILE --json` and an rpc
// `attachments:add` (on a fresh data folder each) on every one and prints exit code, time, peak resident
// memory of the child process and the message. Prints figures, asserts nothing. Linux only (/proc, mkfifo).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pdfFromObjects } from '../tests/fixtures/candidates/make-pdf';
import { DOCUMENT_END, DOCUMENT_START, docxBomb, docxFrame, lyingAbout, repeatedEntry, zipChunks, type ZipEntry } from '../tests/fixtures/zip/make-zip';

const CLI = path.resolve(__dirname, '../out/cli/hirebook.cjs');
const GiB = 1024 ** 3;
const MB = 1024 * 1024;
/** A child past this is killed, so a build without the guards cannot take the machine down with it. */
const CAP_BYTES = Number(process.env.HOSTILE_BENCH_CAP_MB ?? 3072) * MB;
const TIME_CAP_MS = 120_000;
const LIMIT_MB = 512;

interface Measured {
  code: number | null;
  seconds: number;
  peakBytes: number;
  /** True when the peak is the polled VmHWM (the child died before it could report its own). */
  polled: boolean;
  killed: string | null;
  stdout: string;
  stderr: string;
}

/** Reads VmRSS and VmHWM of a running process, in bytes; null once it is gone. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/**
 * Runs the CLI with `args`, polling /proc every 20 ms for the safety cap. The exact peak comes from the
 * child itself: a preloaded hook writes process.resourceUsage().maxRSS (getrusage: every thread of the
 * process, workers included) to fd 3 as it exits.
 */
function runCli(preload: string, args: string[], stdin = ''): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', preload, CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let reported = 0;
    let polledPeak = 0;
    let killed: string | null = null;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (reported = Number(chunk.toString()) * 1024));
    const poll = setInterval(() => {
      const memory = child.pid === undefined ? null : memoryOf(child.pid);
      if (!memory) return;
      polledPeak = Math.max(polledPeak, memory.hwm);
      if (memory.rss > CAP_BYTES && !killed) {
        killed = `killed by the bench at ${Math.round(memory.rss / MB)} MB resident`;
        child.kill('SIGKILL');
      }
    }, 20);
    const timer = setTimeout(() => {
      killed ??= `killed by the bench after ${TIME_CAP_MS / 1000} s`;
      child.kill('SIGKILL');
    }, TIME_CAP_MS);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const seconds = (performance.now() - start) / 1000;
      resolve({ code, seconds, peakBytes: reported || polledPeak, polled: reported === 0, killed, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

/** The zip as a file, written chunk by chunk (a bomb's repeated block is one Buffer written many times). */
function writeZip(file: string, entries: ZipEntry[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const chunk of zipChunks(entries)) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

/** A one-page PDF whose content stream is a little text and then `bytes` of spaces, deflated (FlateDecode). */
function pdfBomb(file: string, bytes: number): void {
  const page = repeatedEntry('page', ' ', bytes, { prefix: 'BT /F1 12 Tf 72 720 Td (Amara Okafor) Tj ET\n', noCrc: true });
  // FlateDecode is zlib: a two-byte header, the raw deflate data, and an Adler-32 that pdfjs does not check.
  const data = Buffer.concat([Buffer.from([0x78, 0xda]), ...page.chunks, Buffer.alloc(4)]);
  fs.writeFileSync(
    file,
    pdfFromObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      `<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n${data.toString('latin1')}\nendstream`,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
    ]),
  );
}

/** About `bytes` of ordinary paragraphs (800 of them, repeated), packed about 20-fold. */
function bigDocx(bytes: number): ZipEntry[] {
  const words = ['espresso', 'barista', 'morning', 'shift', 'customers', 'latte', 'clean', 'team', 'friendly', 'cash', 'orders', 'pastry'];
  const line = (i: number) => Array.from({ length: 8 }, (_, k) => words[(i * 7 + k * 5 + (i >> 3)) % words.length]).join(' ');
  const paragraphs = Array.from({ length: 800 }, (_, i) => `<w:p><w:r><w:t>${line(i)} ${i}</w:t></w:r></w:p>`).join('');
  return [...docxFrame(), repeatedEntry('word/document.xml', paragraphs, bytes, { prefix: DOCUMENT_START, suffix: DOCUMENT_END })];
}

interface HostileFile {
  name: string;
  what: string;
  make: (file: string) => void;
}

const FILES: HostileFile[] = [
  { name: 'bomb-2g.docx', what: '.docx, document.xml inflates to 2 GiB', make: (f) => writeZip(f, docxBomb(2 * GiB)) },
  { name: 'bomb-8g.docx', what: '.docx, document.xml inflates to 8 GiB (zip64)', make: (f) => writeZip(f, docxBomb(8 * GiB)) },
  {
    name: 'bomb-lying.docx',
    what: '.docx, 8 GiB inside, headers say 10 KB',
    make: (f) => {
      const entries = docxBomb(8 * GiB);
      writeZip(f, entries.map((e) => (e.name === 'word/document.xml' ? lyingAbout(e, 10_000) : e)));
    },
  },
  { name: 'big-95mb.docx', what: '.docx, 95 MB of paragraphs packed 22-fold (passes the zip guard)', make: (f) => writeZip(f, bigDocx(95 * MB)) },
  { name: 'bomb-page.pdf', what: 'PDF, one page inflates to 2 GiB', make: (f) => pdfBomb(f, 2 * GiB) },
  {
    name: 'sparse-2g.txt',
    what: '2 GB sparse file',
    make: (f) => {
      const fd = fs.openSync(f, 'w');
      fs.ftruncateSync(fd, 2 * 1000 ** 3);
      fs.closeSync(fd);
    },
  },
  { name: 'zero.txt', what: 'symlink to /dev/zero', make: (f) => fs.symlinkSync('/dev/zero', f) },
  { name: 'urandom.txt', what: 'symlink to /dev/urandom', make: (f) => fs.symlinkSync('/dev/urandom', f) },
  {
    name: 'fifo.txt',
    what: 'FIFO (mkfifo), nobody writing',
    make: (f) => {
      const made = spawnSync('mkfifo', [f]);
      if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
    },
  },
  { name: 'x.csv', what: 'a folder named x.csv', make: (f) => fs.mkdirSync(f) },
];

/** The first line a person would read: the rpc error message, or the CLI's stderr. */
function messageOf(command: string, run: Measured): string {
  if (run.killed) return run.killed;
  if (command === 'attachments:add') {
    const line = run.stdout.trim().split('\n').pop() ?? '';
    try {
      const answer = JSON.parse(line) as { ok: boolean; error?: { message: string }; value?: { warning: string | null } };
      return answer.ok ? `ok (stored; warning: ${answer.value?.warning ?? 'none'})` : (answer.error?.message ?? '');
    } catch {
      return `no answer: ${run.stderr.trim().split('\n')[0] ?? ''}`;
    }
  }
  if (run.code === 0) return 'ok';
  return (run.stderr.trim().split('\n')[0] ?? '').replace(/^hirebook: /, '');
}

function filesUnder(dir: string): number {
  try {
    return fs.readdirSync(dir).length;
  } catch {
    return 0;
  }
}

async function candidateIn(preload: string, dataDir: string): Promise<string> {
  const run = await runCli(preload, ['--data-dir', dataDir, 'rpc'], `${JSON.stringify({ id: 1, channel: 'candidates:create', input: { fullName: 'Amara Okafor' } })}\n`);
  const answer = JSON.parse(run.stdout.trim()) as { value: { candidate: { id: string } } };
  return answer.value.candidate.id;
}

interface Row {
  file: string;
  command: string;
  run: Measured;
  message: string;
  stored: number | null;
}

async function measure(preload: string, dir: string, hostile: HostileFile): Promise<Row[]> {
  const file = path.join(dir, hostile.name);
  const rows: Row[] = [];
  const push = (row: Row) => {
    rows.push(row);
    printRow(row);
  };
  const fresh = () => fs.mkdtempSync(path.join(dir, 'data-'));
  const jd = await runCli(preload, ['--data-dir', fresh(), 'jd', 'parse', file, '--json']);
  push({ file: hostile.name, command: 'jd parse --json', run: jd, message: messageOf('jd', jd), stored: null });
  const csv = await runCli(preload, ['--data-dir', fresh(), 'candidates', 'import', file, '--json']);
  push({ file: hostile.name, command: 'candidates import', run: csv, message: messageOf('import', csv), stored: null });
  const dataDir = fresh();
  const candidateId = await candidateIn(preload, dataDir);
  const request = { id: 2, channel: 'attachments:add', input: { candidateId, kind: 'resume', path: file } };
  const add = await runCli(preload, ['--data-dir', dataDir, 'rpc'], `${JSON.stringify(request)}\n`);
  push({ file: hostile.name, command: 'rpc attachments:add', run: add, message: messageOf('attachments:add', add), stored: filesUnder(path.join(dataDir, 'attachments')) });
  return rows;
}

function printHeader(): void {
  console.log(['file'.padEnd(17), 'command'.padEnd(20), 'exit'.padEnd(5), 'time'.padStart(7), 'peak RSS'.padStart(10), ' stored', ' message'].join(' '));
}

function printRow(row: Row): void {
  const { run } = row;
  const peak = `${run.polled ? '≥' : ''}${Math.round(run.peakBytes / MB)} MB`;
  const exit = run.killed ? 'kill' : String(run.code);
  const stored = row.stored === null ? '      ' : `${String(row.stored).padStart(6)}`;
  const message = row.message.length > 150 ? `${row.message.slice(0, 149)}…` : row.message;
  console.log([row.file.padEnd(17), row.command.padEnd(20), exit.padEnd(5), `${run.seconds.toFixed(2)} s`.padStart(7), peak.padStart(10), stored, ` ${message}`].join(' '));
}

const load = () => os.loadavg().map((n) => n.toFixed(1)).join(' ');

async function main(): Promise<void> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run -s build:cli first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-hostile-'));
  const preload = path.join(dir, 'report-max-rss.cjs');
  fs.writeFileSync(preload, "process.on('exit', () => { try { require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n");
  try {
    const made = performance.now();
    for (const hostile of FILES) hostile.make(path.join(dir, hostile.name));
    console.log(`hostile files: generated in ${((performance.now() - made) / 1000).toFixed(1)} s in ${dir}`);
    for (const hostile of FILES) {
      const size = fs.lstatSync(path.join(dir, hostile.name));
      const bytes = size.isFile() ? `, ${(size.size / MB).toFixed(1)} MB` : '';
      console.log(`  ${hostile.name.padEnd(17)} ${hostile.what}${bytes}`);
    }
    const baseline = await runCli(preload, ['--data-dir', fs.mkdtempSync(path.join(dir, 'data-')), 'roles', 'list', '--json']);
    console.log(`baseline: \`roles list --json\` takes ${baseline.seconds.toFixed(2)} s and peaks at ${Math.round(baseline.peakBytes / MB)} MB resident`);
    console.log(`load average (1, 5, 15 min) at start: ${load()} on ${os.cpus().length} CPUs\n`);
    printHeader();
    const rows: Row[] = [];
    for (const hostile of FILES) rows.push(...(await measure(preload, dir, hostile)));
    const worst = rows.reduce((max, row) => (row.run.peakBytes > max.run.peakBytes ? row : max));
    const slowest = rows.reduce((max, row) => (row.run.seconds > max.run.seconds ? row : max));
    console.log(`\nhighest peak: ${Math.round(worst.run.peakBytes / MB)} MB (${worst.file}, ${worst.command}); limit ${LIMIT_MB} MB`);
    console.log(`slowest: ${slowest.run.seconds.toFixed(2)} s (${slowest.file}, ${slowest.command}); load average at the end: ${load()}`);
    console.log('peak RSS: the child\'s own getrusage maxRSS at exit (all threads); "≥" marks a polled VmHWM where it could not report.');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();

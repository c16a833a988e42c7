// Benchmark (tsx, plain Node): backups of a data folder with 100,000 candidates and 2,000 résumé files:
// the database snapshot's speed (VACUUM INTO on a connection of its own), a whole backup (written and
// read back) plain and with a passphrase, the main thread's event-loop delay meanwhile (the job runs in
// the built backup worker, out/cli/backup-worker.cjs, when `npm run build` made it), inspect (the full
// check a restore makes first) and restore with the reopen that switches the folder. The data folder is
// seeded by a child process, so the garbage of 100,000 inserts is not collected on the thread whose delay
// is measured (as in the app, where the core's process never did that work). Then the desktop app's path:
// the same jobs through the core host (out/main/core-host.js, a utility process in the app and a Node child
// here), while this thread only routes messages, as Electron's main thread does. Prints figures, asserts nothing.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { constants as perfConstants, monitorEventLoopDelay, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { CandidateDraft, type BackupCreateResult, type Result } from '../electron/contract';
import { snapshotInto } from '../electron/core/backup/backup-repo';
import { insertCandidate, newCandidate } from '../electron/core/candidates/candidates-repo';
import { bundledWorkers } from '../electron/core/core-workers';
import { createCore, type Core } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase } from '../electron/core/db/open-database';
import { forkNodeHost } from '../electron/main/node-host';
import { connectRemoteCore } from '../electron/main/remote-core';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const FILES = Number(process.env.BENCH_FILES ?? 2_000);
/** Résumé files of 20–80 KB (a one-page PDF or Word file), 100 MB in all. */
const FILE_MIN = 20 * 1024;
const FILE_MAX = 80 * 1024;
const ROOT = path.resolve(__dirname, '..');
const quiet = { error: (...args: unknown[]) => console.error(...args), warn: () => undefined, info: () => undefined };

function seed(dataDir: string): void {
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  migrate(db);
  const insertFile = db.prepare(`INSERT INTO attachments (id, candidate_id, kind, file_name, mime_type, size_bytes, sha256, extracted_text, created_at, updated_at)
    VALUES (?, ?, 'resume', 'cv.pdf', 'application/pdf', ?, ?, ?, ?, ?)`);
  fs.mkdirSync(path.join(dataDir, 'attachments'), { recursive: true });
  db.transaction(() => {
    for (let i = 0; i < CANDIDATES; i += 1) {
      const stamp = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
      const draft = CandidateDraft.parse({ fullName: `Person ${i}`, emails: [`person.${i}@example.test`], phones: [`+1 503 555 ${String(i).padStart(4, '0').slice(-4)}`], tags: ['barista'], summary: 'Espresso and sourdough.' });
      const candidate = newCandidate(randomUUID(), draft, stamp);
      insertCandidate(db, candidate);
      if (i < FILES) {
        const size = FILE_MIN + Math.floor(Math.random() * (FILE_MAX - FILE_MIN));
        const bytes = randomBytes(size);
        const sha = createHash('sha256').update(bytes).digest('hex');
        fs.writeFileSync(path.join(dataDir, 'attachments', sha), bytes);
        insertFile.run(randomUUID(), candidate.id, size, sha, 'Barista with five years of espresso and sourdough experience. '.repeat(20), stamp, stamp);
      }
    }
  })();
  db.close();
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function folderBytes(folder: string): number {
  return fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0);
}

const GC_KINDS: Record<number, string> = {
  [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

interface Watched<T> {
  value: T;
  seconds: number;
  /** The longest time the main thread was blocked (beyond the sampling period), and the 99th percentile. */
  maxDelayMs: number;
  p99DelayMs: number;
  /** The main thread's own garbage collection meanwhile: how many pauses and the longest one. */
  gcCount: number;
  gcLongest: string;
}

/**
 * The sampling timer's period. monitorEventLoopDelay records each whole period between its timer's runs, so
 * an idle thread reads about this much: the time the thread was blocked is what a sample has beyond it.
 */
const RESOLUTION_MS = 5;

/** Runs `work` while sampling the main thread's event-loop delay and its GC pauses; returns its time and the longest block. */
async function watched<T>(work: () => Promise<T>): Promise<Watched<T>> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  const pauses: PerformanceEntry[] = [];
  const gc = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  gc.observe({ entryTypes: ['gc'] });
  histogram.enable();
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  histogram.disable();
  gc.disconnect();
  const longest = pauses.reduce<PerformanceEntry | null>((worst, entry) => (!worst || entry.duration > worst.duration ? entry : worst), null);
  const kind = longest ? (GC_KINDS[(longest as unknown as { detail?: { kind?: number } }).detail?.kind ?? -1] ?? 'gc') : '';
  return {
    value,
    seconds,
    maxDelayMs: Math.max(0, histogram.max / 1e6 - RESOLUTION_MS),
    p99DelayMs: Math.max(0, histogram.percentile(99) / 1e6 - RESOLUTION_MS),
    gcCount: pauses.length,
    gcLongest: longest ? `${longest.duration.toFixed(0)} ms ${kind}` : 'none',
  };
}

const gcNote = (w: Watched<unknown>): string => `; its GC: ${w.gcCount} pauses, longest ${w.gcLongest}`;

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-backup-'));
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  try {
    let started = performance.now();
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--seed', dataDir], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`seeding failed (exit ${child.status ?? child.signal})`);
    const dbBytes = fs.statSync(path.join(dataDir, 'hirebook.db')).size;
    console.log(`seeded ${CANDIDATES} candidates and ${FILES} résumé files in ${((performance.now() - started) / 1000).toFixed(1)} s: database ${mb(dbBytes)} MB, files ${mb(folderBytes(path.join(dataDir, 'attachments')))} MB`);

    const db = openDatabase(path.join(dataDir, 'hirebook.db'));
    started = performance.now();
    snapshotInto(db, path.join(work, 'snapshot.db'));
    const snapshotSeconds = (performance.now() - started) / 1000;
    db.close();
    fs.rmSync(path.join(work, 'snapshot.db'));
    console.log(`database snapshot (VACUUM INTO)             ${snapshotSeconds.toFixed(2)} s · ${(dbBytes / 1024 / 1024 / snapshotSeconds).toFixed(0)} MB/s`);

    const workers = bundledWorkers(path.join(ROOT, 'out', 'cli'));
    console.log(workers.backup ? `backup worker: ${path.relative(ROOT, workers.backup.path)}` : 'backup worker: none built (run `npm run build`); jobs run on the main thread');
    const core: Core = createCore({ dataDir, workers, logger: quiet });
    const plain = path.join(work, 'plain.hirebook-backup');
    const backup = await watched(() => core.dispatch('backup:create', { jobId: randomUUID(), path: plain }));
    const made = ok<BackupCreateResult>(backup.value);
    console.log(`backup, written and read back               ${backup.seconds.toFixed(1)} s · archive ${mb(made.summary.bytes)} MB · ${(made.summary.bytes / 1024 / 1024 / backup.seconds).toFixed(0)} MB/s · main thread blocked max ${backup.maxDelayMs.toFixed(0)} ms (p99 ${backup.p99DelayMs.toFixed(0)} ms)${gcNote(backup)}`);

    const secret = path.join(work, 'secret.hirebook-backup');
    const encrypted = await watched(() => core.dispatch('backup:create', { jobId: randomUUID(), path: secret, passphrase: 'correct horse battery staple' }));
    ok(encrypted.value);
    console.log(`backup with a passphrase (age, scrypt 2^18)  ${encrypted.seconds.toFixed(1)} s · main thread blocked max ${encrypted.maxDelayMs.toFixed(0)} ms${gcNote(encrypted)}`);

    const inspect = await watched(() => core.dispatch('backup:inspect', { path: plain }));
    ok(inspect.value);
    console.log(`restore-verify (inspect: unpack, hashes, integrity_check) ${inspect.seconds.toFixed(1)} s · main thread blocked max ${inspect.maxDelayMs.toFixed(0)} ms${gcNote(inspect)}`);
    const inspectSecret = await watched(() => core.dispatch('backup:inspect', { path: secret, passphrase: 'correct horse battery staple' }));
    ok(inspectSecret.value);
    console.log(`restore-verify with a passphrase            ${inspectSecret.seconds.toFixed(1)} s`);

    const restore = await watched(() => core.dispatch('backup:restore', { jobId: randomUUID(), path: plain }));
    ok(restore.value);
    await core.close();
    started = performance.now();
    const reopened = createCore({ dataDir, workers, logger: quiet });
    const switchSeconds = (performance.now() - started) / 1000;
    await reopened.close();
    console.log(`restore (verify + stage)                    ${restore.seconds.toFixed(1)} s · main thread blocked max ${restore.maxDelayMs.toFixed(0)} ms${gcNote(restore)} · reopen with the switch ${(switchSeconds * 1000).toFixed(0)} ms`);
    // In a fresh process, whose heap holds only what a router holds (this one ran a core in-thread above).
    const desktop = spawnSync(process.execPath, [...process.execArgv, __filename, '--desktop', dataDir, work], { stdio: 'inherit' });
    if (desktop.status !== 0) throw new Error(`the desktop path failed (exit ${desktop.status ?? desktop.signal})`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The desktop app's path: the core in its own process (the core host), this thread only routing, as
 * Electron's main thread does. The host requires grants, so the work folder is "picked" through its dialog.
 */
async function desktopPath(dataDir: string, work: string): Promise<void> {
  const script = path.join(ROOT, 'out', 'main', 'core-host.js');
  if (!fs.existsSync(script)) {
    console.log('desktop path: out/main/core-host.js is missing (run `npm run build`); skipped');
    return;
  }
  const core = await connectRemoteCore(forkNodeHost(script), {
    open: { dataDir, appVersion: 'bench' },
    onEvent: () => undefined,
    platform: { chooseFolder: () => Promise.resolve(work), chooseFiles: () => Promise.resolve([]) },
    log: quiet,
    onUnexpectedExit: (code) => console.error(`the core host stopped (exit code ${code})`),
  });
  try {
    ok(await core.dispatch('app:choose-folder', { title: 'bench' }));
    // Let the host's start-up checks (quick_check, integrity_check in a worker) finish first.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const passphrase = 'correct horse battery staple';
    const plain = await watched(() => core.dispatch('backup:create', { jobId: randomUUID(), path: path.join(work, 'host-plain.hirebook-backup') }));
    ok(plain.value);
    const secret = path.join(work, 'host-secret.hirebook-backup');
    const encrypted = await watched(() => core.dispatch('backup:create', { jobId: randomUUID(), path: secret, passphrase }));
    ok(encrypted.value);
    core.grantFile(secret);
    const inspect = await watched(() => core.dispatch('backup:inspect', { path: secret, passphrase }));
    ok(inspect.value);
    console.log('desktop path (core in its own process; this thread routes, as the app\'s main thread does):');
    console.log(`  backup                     ${plain.seconds.toFixed(1)} s · main thread blocked max ${plain.maxDelayMs.toFixed(0)} ms (p99 ${plain.p99DelayMs.toFixed(0)} ms)${gcNote(plain)}`);
    console.log(`  backup with a passphrase   ${encrypted.seconds.toFixed(1)} s · main thread blocked max ${encrypted.maxDelayMs.toFixed(0)} ms (p99 ${encrypted.p99DelayMs.toFixed(0)} ms)${gcNote(encrypted)}`);
    console.log(`  restore-verify, encrypted  ${inspect.seconds.toFixed(1)} s · main thread blocked max ${inspect.maxDelayMs.toFixed(0)} ms (p99 ${inspect.p99DelayMs.toFixed(0)} ms)${gcNote(inspect)}`);
  } finally {
    await core.close();
  }
}

if (process.argv[2] === '--seed') seed(process.argv[3] as string);
else if (process.argv[2] === '--desktop') {
  desktopPath(process.argv[3] as string, process.argv[4] as string).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

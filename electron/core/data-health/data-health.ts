// The data file's health for the life of a core. At open, after the first answer, in the data-check
// worker: quick_check (writes wait for it), then integrity_check in the background (until it passes, the
// session's commits stay in the -wal file and the main file is not written); again weekly in a session
// left open; on demand (data:check). Damage found by a check or met by any request makes the core
// read-only for good (until reopened on a restored file): writes answer 'damaged', the connection
// refuses writes (query_only), reads go on where they can, and close leaves the main file as it was.
// Runs in plain Node.
import type { DataHealth as HealthReport } from '../../contract';
import type { CoreLogger, WorkerScript } from '../core-context';
import { allowCheckpoints, checkDatabaseFile, closeWithoutCheckpoint, holdCheckpoints, refuseWrites, type CheckKind, type CheckOutcome } from '../db/integrity-check';
import type { Db } from '../db/open-database';
import { DomainError } from '../errors';
import { backupNote, newestBackup } from './backup-offer';
import { checkWorkersExited, runDataCheck } from './data-check-client';
import { fullCheckDue, readHealthRecord, writeHealthRecord, type HealthRecord } from './health-record';
import { damagedWriteMessage } from './storage-error-rules';

export interface DataHealthOptions {
  db: Db;
  dataDir: string;
  databasePath: string;
  nativeBinding: string | undefined;
  script: WorkerScript | undefined;
  now: () => Date;
  logger: CoreLogger;
  /** Re-run the full check once a week in a session left open that long (default true). */
  weeklyCheck: boolean;
  /** Told the new health whenever it changes: a check finished (passed, found damage, could not run) or damage was met. */
  onChange: (report: HealthReport) => void;
}

type State = 'checking' | 'ok' | 'damaged';

const OK_MESSAGE = 'Your data file is healthy.';
const CHECKING_MESSAGE = 'Hirebook is checking your data file; changes wait a moment until it has finished.';
const MAX_DETAILS = 20;
const WEEKLY_POLL_MS = 6 * 3_600_000;

/** A check's outcome that proves damage (as opposed to a check that could not run). */
function provesDamage(outcome: CheckOutcome): boolean {
  if (outcome.ok || outcome.unfinished) return false;
  if (!outcome.failed) return true;
  return outcome.findings.some((line) => /^SQLITE_(CORRUPT|NOTADB|IOERR)/.test(line));
}

export class DataHealth {
  private state: State = 'checking';
  private details: string[] = [];
  private damageMessage = '';
  private record: HealthRecord;
  private startup: Promise<void> = Promise.resolve();
  private closed = false;
  private running = false;
  private verified: Promise<void> = Promise.resolve();
  /** The full check of this session passed: the -wal may be copied into the main file. */
  private passed = false;
  /** A write channel ran in this session (its changes may sit in the -wal). */
  private wrote = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly stopChecks = new AbortController();

  constructor(private readonly options: DataHealthOptions) {
    this.record = readHealthRecord(options.dataDir);
  }

  /**
   * Starts the start-up checks and returns at once: quick_check (writes wait for it; reads answer
   * meanwhile), then integrity_check in the background, until which checkpoints are held.
   */
  start(): void {
    holdCheckpoints(this.options.db);
    this.startup = this.run('quick');
    this.verified = this.startup.then(async () => {
      if (this.state !== 'ok') return;
      await this.run('full');
      if (this.state === 'ok' && !this.closed) {
        this.passed = true;
        allowCheckpoints(this.options.db);
      }
    });
    if (this.options.weeklyCheck) {
      // An app left open for days still gets its weekly check, in the background (writes do not wait for it).
      this.timer = setInterval(() => {
        if (this.state === 'ok' && !this.running && fullCheckDue(this.record, this.options.now())) void this.run('full');
      }, WEEKLY_POLL_MS);
      this.timer.unref();
    }
  }

  /** Resolves once the start-up checks (quick, then full) have finished (never rejects). */
  settled(): Promise<void> {
    return this.verified;
  }

  /** For a write: waits for the start-up quick check, then refuses ('damaged') when the file is damaged. */
  async beforeWrite(): Promise<void> {
    await this.startup;
    if (this.state === 'damaged') throw new DomainError('damaged', damagedWriteMessage());
    this.wrote = true;
  }

  /**
   * Closes the connection. Changes of this session reach the main file only once the full check has
   * passed; before that (or once damaged) they stay in the -wal file, and the main file is not written.
   */
  closeDatabase(): void {
    this.close();
    const { db, nativeBinding, databasePath } = this.options;
    if (!db.open) return;
    if (this.state !== 'damaged' && (this.passed || !this.wrote)) {
      db.close();
      return;
    }
    if (this.state !== 'damaged') {
      // This session wrote before its full check finished (a short CLI command): finish it now, here, so
      // a sound file gets its changes moved in and a damaged one stays as it was.
      const outcome = checkDatabaseFile(databasePath, 'full', nativeBinding);
      if (outcome.ok) {
        this.recordPassed('full');
        db.close();
        return;
      }
      if (provesDamage(outcome)) this.markDamaged(outcome.findings, foundMessage('full'));
    }
    closeWithoutCheckpoint(db, nativeBinding, checkWorkersExited());
  }

  /** True once this session's full check passed (checkpoints into the main file are allowed). */
  get sound(): boolean {
    return this.passed && this.state === 'ok';
  }

  get damaged(): boolean {
    return this.state === 'damaged';
  }

  /** Damage found by a check or met by a request: read-only from now on. */
  markDamaged(details: readonly string[], message: string): void {
    if (this.state !== 'damaged') {
      this.options.logger.error('The data file is damaged; Hirebook is read-only now.', details.join('\n'));
      this.damageMessage = message;
    }
    this.state = 'damaged';
    this.details = [...this.details, ...details].slice(0, MAX_DETAILS);
    try {
      holdCheckpoints(this.options.db);
      refuseWrites(this.options.db);
    } catch (error) {
      this.options.logger.warn('Could not switch the connection to read-only', error);
    }
    this.changed();
  }

  /** Runs a check now (on demand) and answers the health after it. */
  async check(kind: CheckKind): Promise<HealthReport> {
    await this.startup;
    await this.run(kind);
    return this.report();
  }

  close(): void {
    this.closed = true;
    this.stopChecks.abort();
    if (this.timer) clearInterval(this.timer);
  }

  report(): HealthReport {
    const { record } = this;
    const damaged = this.state === 'damaged';
    const offer = damaged ? newestBackup(this.options.dataDir) : null;
    return {
      state: this.state,
      message: damaged ? this.damageMessage || damagedWriteMessage() : this.state === 'checking' ? CHECKING_MESSAGE : OK_MESSAGE,
      lastCheckAt: record.lastCheckAt,
      lastCheckKind: record.lastCheckKind,
      lastFullCheckAt: record.lastFullCheckAt,
      details: [...this.details],
      newestBackup: offer,
      backupNote: offer ? backupNote(offer, this.options.now()) : damaged ? 'There is no backup in the data folder yet; save a salvage copy to keep what still reads.' : null,
    };
  }

  /** Runs one check and then tells the listener the health it left (unless the core closed meanwhile). */
  private async run(kind: CheckKind): Promise<void> {
    await this.runCheck(kind);
    if (!this.closed && this.state !== 'damaged') this.changed();
  }

  /** Damage is told by markDamaged itself (also when a request, not a check, met it). */
  private changed(): void {
    if (this.closed) return;
    try {
      this.options.onChange(this.report());
    } catch (error) {
      this.options.logger.warn('Could not tell the data file health', error);
    }
  }

  private async runCheck(kind: CheckKind): Promise<void> {
    const { databasePath, nativeBinding, script, logger } = this.options;
    // After the answers already asked for: the start-up check never delays the first one.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.closed) return;
    let outcome: CheckOutcome;
    this.running = true;
    try {
      outcome = await runDataCheck(databasePath, kind, nativeBinding, script, this.stopChecks.signal);
    } catch (error) {
      logger.warn(`The ${kind} check of the data file could not run`, error);
      if (this.state === 'checking') this.state = 'ok';
      return;
    } finally {
      this.running = false;
    }
    if (this.closed) return;
    if (provesDamage(outcome)) {
      this.markDamaged(outcome.findings, foundMessage(kind));
      return;
    }
    if (!outcome.ok) {
      // The check could not run (a busy disk, a worker that failed): no verdict, keep going as before.
      logger.warn(`The ${kind} check of the data file did not finish`, outcome.findings.join('\n'));
      if (this.state === 'checking') this.state = 'ok';
      return;
    }
    if (this.state === 'checking') this.state = 'ok';
    if (this.state !== 'ok') return;
    this.recordPassed(kind);
  }

  private recordPassed(kind: CheckKind): void {
    const at = this.options.now().toISOString();
    this.record = { lastCheckAt: at, lastCheckKind: kind, lastFullCheckAt: kind === 'full' ? at : this.record.lastFullCheckAt };
    if (!writeHealthRecord(this.options.dataDir, this.record)) this.options.logger.warn('Could not record the data check in health.json');
  }
}

function foundMessage(kind: CheckKind): string {
  const check = kind === 'full' ? 'The full check of your data file' : 'The check Hirebook runs at every start';
  return (
    `${check} found damage in it, so Hirebook is read-only now: nothing is written to the damaged file. ` +
    'You can still look at what reads, save a salvage copy of every row that still reads, or restore the newest backup.'
  );
}

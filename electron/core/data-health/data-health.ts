// The data file's health for the life of a core: the start-up quick check (after the first answer, in
// the data-check worker), the weekly full check, checks on demand, and damage met by any request. Any
// damage makes the core read-only for good (until it is reopened on a restored file): writes answer
// 'damaged', the connection itself refuses writes (query_only), reads go on where they can. Writes wait
// for the start-up check, so a file it finds damaged is never written. Runs in plain Node.
import type { DataHealth as HealthReport } from '../../contract';
import type { CoreLogger, WorkerScript } from '../core-context';
import { refuseWrites, type CheckKind, type CheckOutcome } from '../db/integrity-check';
import type { Db } from '../db/open-database';
import { DomainError } from '../errors';
import { backupNote, newestBackup } from './backup-offer';
import { runDataCheck } from './data-check-client';
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
  /** Run the weekly full check in the background when it is due (the app); one-shot CLI commands skip it. */
  weeklyCheck: boolean;
}

type State = 'checking' | 'ok' | 'damaged';

const OK_MESSAGE = 'Your data file is healthy.';
const CHECKING_MESSAGE = 'Hirebook is checking your data file; changes wait a moment until it has finished.';
const MAX_DETAILS = 20;

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

  constructor(private readonly options: DataHealthOptions) {
    this.record = readHealthRecord(options.dataDir);
  }

  /** Starts the start-up quick check (and the weekly full one when due); returns at once. */
  start(): void {
    this.startup = this.run('quick').then(() => {
      if (this.state === 'ok' && this.options.weeklyCheck && fullCheckDue(this.record, this.options.now())) {
        // In the background: it does not hold up writes; damage it finds makes the core read-only.
        void this.run('full');
      }
    });
  }

  /** Resolves once the start-up check has finished (never rejects). */
  settled(): Promise<void> {
    return this.startup;
  }

  /** For a write: waits for the start-up check, then refuses ('damaged') when the file is damaged. */
  async beforeWrite(): Promise<void> {
    await this.startup;
    if (this.state === 'damaged') throw new DomainError('damaged', damagedWriteMessage());
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
      refuseWrites(this.options.db);
    } catch (error) {
      this.options.logger.warn('Could not switch the connection to read-only', error);
    }
  }

  /** Runs a check now (on demand) and answers the health after it. */
  async check(kind: CheckKind): Promise<HealthReport> {
    await this.startup;
    await this.run(kind);
    return this.report();
  }

  close(): void {
    this.closed = true;
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

  private async run(kind: CheckKind): Promise<void> {
    const { databasePath, nativeBinding, script, logger } = this.options;
    // After the answers already asked for: the start-up check never delays the first one.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.closed) return;
    let outcome: CheckOutcome;
    try {
      outcome = await runDataCheck(databasePath, kind, nativeBinding, script);
    } catch (error) {
      logger.warn(`The ${kind} check of the data file could not run`, error);
      if (this.state === 'checking') this.state = 'ok';
      return;
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
    const at = this.options.now().toISOString();
    this.record = { lastCheckAt: at, lastCheckKind: kind, lastFullCheckAt: kind === 'full' ? at : this.record.lastFullCheckAt };
    if (!writeHealthRecord(this.options.dataDir, this.record)) logger.warn('Could not record the data check in health.json');
  }
}

function foundMessage(kind: CheckKind): string {
  const check = kind === 'full' ? 'The full check of your data file' : 'The check Hirebook runs at every start';
  return (
    `${check} found damage in it, so Hirebook is read-only now: nothing is written to the damaged file. ` +
    'You can still look at what reads, save a salvage copy of every row that still reads, or restore the newest backup.'
  );
}

// Runs a check of the data file: in the data-check worker thread when the door built one (the app, the
// CLI), else on the core's thread (tests from TypeScript sources; the caller waits for pending answers first).
// Runs in plain Node on the core's thread.
import type { WorkerScript } from '../core-context';
import { checkDatabaseFile, type CheckKind, type CheckOutcome } from '../db/integrity-check';
import { runLimitedWorker } from '../workers/run-limited-worker';
import type { DataCheckWorkerData } from './data-check-worker';

/** A full check of a very large file may take minutes; past this it is reported as not finished. */
const CHECK_TIME_LIMIT_MS = 30 * 60_000;
const CHECK_MEMORY_MB = 256;

export async function runDataCheck(databasePath: string, kind: CheckKind, nativeBinding: string | undefined, script?: WorkerScript): Promise<CheckOutcome> {
  if (!script) return checkDatabaseFile(databasePath, kind, nativeBinding);
  const workerData: DataCheckWorkerData = { databasePath, nativeBinding, kind };
  const outcome = await runLimitedWorker<CheckOutcome>(script, workerData, { timeoutMs: CHECK_TIME_LIMIT_MS, memoryMb: CHECK_MEMORY_MB });
  if (outcome.kind === 'answered') return outcome.message;
  // The check itself did not finish: that says nothing about damage, so it is not reported as damage.
  const why = outcome.kind === 'failed' ? outcome.error.message : outcome.kind === 'timed_out' ? 'it took too long' : 'it ran out of memory';
  return { kind, ok: false, findings: [`The check did not finish: ${why}.`], failed: true, unfinished: true };
}

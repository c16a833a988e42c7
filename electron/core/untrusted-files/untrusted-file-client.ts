// Runs an untrusted-file task in the untrusted-file worker when the core has one (the app, the CLI), within
// a memory limit (512 MB) and a time limit, or on the core's thread without workers (tests: same code, no
// limits). Answers the way each caller needs it: a résumé's text, with a warning when it could not be read
// (the file is still kept); a job description's parse; a saved e-mail's parts. A file refused as hostile, or stopped at the memory
// limit, throws invalid_input for both. Runs in plain Node on the core's thread.
import type { AttachmentMimeType } from '../../contract';
import type { ParsedJobDescription } from '../../contract/jd-schemas';
import { DEFAULT_TIMEOUT_MS, failureMessage, type Extracted } from '../attachments/attachments-extract';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import { memoryLimitMessage } from '../workers/memory-watchdog';
import { runLimitedWorker, timeLimitMessage, type WorkerOutcome } from '../workers/run-limited-worker';
import type { MailFormat, ParsedMail } from './mail-parse';
import { runUntrustedFileTask, type TaskValues, type UntrustedFileAnswer, type UntrustedFileTask } from './untrusted-file-tasks';

/** A worker's time: the résumé reader's own limit (DEFAULT_TIMEOUT_MS) and a few seconds to start and answer. */
export const UNTRUSTED_TIME_LIMIT_MS = DEFAULT_TIMEOUT_MS + 5_000;

type Workers = Pick<CoreContext, 'workers'>;

function refused(message: string): DomainError {
  return new DomainError('invalid_input', message);
}

function valueOrThrow<K extends UntrustedFileTask['kind']>(answer: UntrustedFileAnswer<K>): TaskValues[K] {
  if (answer.ok) return answer.value;
  throw new DomainError(answer.refusal.code, answer.refusal.message, answer.refusal.issues);
}

/** How a worker stopped without answering: its time ran out, or it failed. Each caller answers this its own way. */
type Stopped = Extract<WorkerOutcome<unknown>, { kind: 'timed_out' | 'failed' }>;

/**
 * The task's value: from the worker when the core has one (unless `onCoreThread`), else done on this thread.
 * A refusal, or a worker stopped at the memory limit, throws invalid_input; a worker stopped by time or by a
 * failure answers what `whenStopped` gives (or throws).
 */
async function runTask<K extends UntrustedFileTask['kind']>(
  ctx: Workers,
  task: UntrustedFileTask & { kind: K },
  whenStopped: (stopped: Stopped) => TaskValues[K],
  onCoreThread = false,
): Promise<TaskValues[K]> {
  const script = onCoreThread ? undefined : ctx.workers.untrustedFile;
  if (!script) return valueOrThrow(await runUntrustedFileTask<K>(task));
  const outcome = await runLimitedWorker<UntrustedFileAnswer<K>>(script, task, { timeoutMs: UNTRUSTED_TIME_LIMIT_MS });
  switch (outcome.kind) {
    case 'answered':
      return valueOrThrow(outcome.message);
    case 'out_of_memory':
      throw refused(memoryLimitMessage(outcome.limitMb));
    default:
      return whenStopped(outcome);
  }
}

/**
 * A résumé's text (empty for images). Plain text and images need no parser and are read here. A file that
 * cannot be read or takes too long gives a warning; a Word file refused by the zip guard, or a reader
 * stopped at the memory limit, throws invalid_input, and the caller keeps nothing.
 */
export async function resumeText(ctx: Workers, bytes: Uint8Array, mimeType: AttachmentMimeType): Promise<Extracted> {
  const cheap = mimeType === 'text/plain' || mimeType === 'image/png' || mimeType === 'image/jpeg';
  return runTask(
    ctx,
    { kind: 'resume-text', bytes, mimeType },
    (stopped) => ({ text: '', warning: failureMessage(mimeType, stopped.kind === 'timed_out' ? 'timeout' : stopped.error) }),
    cheap,
  );
}

/** The parse of the job-description file at `path` (already checked against the grants); every failure throws invalid_input. */
export async function parseJobDescriptionAt(ctx: Workers, path: string): Promise<ParsedJobDescription> {
  return runTask(ctx, { kind: 'job-description', path }, (stopped) => {
    if (stopped.kind === 'timed_out') throw refused(timeLimitMessage(stopped.timeoutMs));
    throw refused(`Hirebook could not read this file: its reader stopped unexpectedly (${stopped.error.message}).`);
  });
}

/** A saved e-mail's sender, body and attachments; a message that cannot be read, or stops its reader, throws invalid_input. */
export async function parseMailBytes(ctx: Workers, bytes: Uint8Array, format: MailFormat): Promise<ParsedMail> {
  return runTask(ctx, { kind: 'mail', bytes, format }, (stopped) => {
    if (stopped.kind === 'timed_out') throw refused(timeLimitMessage(stopped.timeoutMs));
    throw refused(`Hirebook could not read this message: its reader stopped unexpectedly (${stopped.error.message}).`);
  });
}

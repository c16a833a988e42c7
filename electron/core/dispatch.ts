// The one door into the core: validates input against the contract, runs the handler, and turns
// every outcome into a Result. Never throws. Runs in plain Node (Electron main, CLI, test harness).
import path from 'node:path';
import { checkInput, err, isChannel, ok, writesData, type DataDomain, type EventName, type Result } from '../contract';
import { channelSpec } from './domain-specs';
import type { CoreBase, CoreContext, CoreLogger } from './core-context';
import { fileBytes, freeBytes } from './data-health/disk-space';
import {
  busyMessage, classifyStorageError, damagedMetMessage, diskFullMessage, internalMessage, readOnlyMessage, spaceNeeded,
} from './data-health/storage-error-rules';
import { DomainError, PartlySavedError, summarizeIssues } from './errors';
import type { Handlers } from './handlers';

export interface DispatchDeps {
  handlers: Handlers;
  base: CoreBase;
  logger: CoreLogger;
  onEvent?: (event: EventName, payload: unknown) => void;
}

type AnyHandler = (input: unknown, ctx: CoreContext) => unknown;

function emitChanges(deps: DispatchDeps, changes: Map<DataDomain, Set<string>>): void {
  if (!deps.onEvent) return;
  for (const [domain, ids] of changes) {
    try {
      deps.onEvent('data:changed', { domain, ids: [...ids] });
    } catch (error) {
      // A broken listener must not turn a committed write into a failure.
      deps.logger.error('data:changed listener failed', error);
    }
  }
}

/**
 * Turns a failure into its Result. A storage failure gets its own code and a message that says only what
 * is true: a write channel's handler runs in one transaction, which rolled back when it threw ("not
 * saved"); a job that commits in steps throws PartlySavedError, which says what it saved. Damage met by
 * any request makes the core read-only.
 */
function failure(error: unknown, channel: string, write: boolean, deps: DispatchDeps): Result<never> {
  if (error instanceof DomainError) return err(error.code, error.message, error.issues);
  const saved = error instanceof PartlySavedError ? error.saved : null;
  const cause = error instanceof PartlySavedError ? error.cause : error;
  if (cause instanceof DomainError) {
    return err(cause.code, saved ? `${cause.message} Before it stopped, ${saved}.` : cause.message, cause.issues);
  }
  const { base, logger } = deps;
  logger.error(`Failed in ${channel}`, cause);
  switch (classifyStorageError(cause)) {
    case 'disk_full': {
      const dbBytes = fileBytes(base.databasePath) + fileBytes(`${base.databasePath}-wal`);
      return err('disk_full', diskFullMessage({ saved, freeBytes: freeBytes(path.dirname(base.databasePath)), neededBytes: spaceNeeded(dbBytes) }));
    }
    case 'busy':
      return err('busy', busyMessage(saved));
    case 'damaged': {
      const message = damagedMetMessage(saved);
      base.health.markDamaged([describe(cause)], message);
      return err('damaged', message);
    }
    case 'read_only':
      return err('unavailable', readOnlyMessage(saved));
    default:
      return err('internal', internalMessage(saved, write));
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/** A job's cancel (`candidates:import-cancel`, `postings:cancel` …) names a job but starts none. */
const CANCEL_CHANNEL = /[:-]cancel$/;

/** The `jobId` of a long job's input (an import, a batch of PDFs), if it has one. */
function jobIdOf(input: unknown): string | null {
  const id = typeof input === 'object' && input !== null ? (input as { jobId?: unknown }).jobId : undefined;
  return typeof id === 'string' ? id : null;
}

// Callers outside TypeScript (the CLI's NDJSON, a compromised renderer) may send anything here.
function channelLabel(channel: unknown): string {
  return typeof channel === 'string' ? channel.slice(0, 100) : `(${typeof channel})`;
}

/** Validates, runs and wraps one request. Resolves with ok:false for every kind of failure. */
export async function dispatch(deps: DispatchDeps, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  let write = false;
  try {
    if (!isChannel(channel)) return err('unknown_channel', `There is no channel named "${channelLabel(channel)}".`);
    write = writesData(channel);
    // A call with no input at all means "no fields" (e.g. invoke('app:info')); null and other values
    // still go to the schema and are refused there. Text that cannot be saved is refused in any field.
    // The first request to a domain waits for its specs to load (domain-specs.ts); later ones do not wait.
    const found = channelSpec(channel);
    const spec = found instanceof Promise ? await found : found;
    const parsed = checkInput(spec, rawInput === undefined ? {} : rawInput);
    if (!parsed.success) return err('invalid_input', summarizeIssues(parsed.issues), parsed.issues);
    const changes = new Map<DataDomain, Set<string>>();
    const ctx: CoreContext = {
      ...deps.base,
      changed(domain, ids) {
        const set = changes.get(domain) ?? new Set<string>();
        ids.forEach((id) => set.add(id));
        changes.set(domain, set);
      },
    };
    // A write waits for the start-up check of the data file, and is refused once it is damaged. A job's id
    // is held meanwhile, so a cancel sent right after the start reaches it (jobs.ts).
    const jobId = write && !CANCEL_CHANNEL.test(channel) ? jobIdOf(parsed.data) : null;
    const held = jobId !== null && deps.base.jobs.reserve(jobId);
    let value: unknown;
    try {
      if (write) await deps.base.health.beforeWrite();
      const handler = deps.handlers[channel] as AnyHandler;
      value = await handler(parsed.data, ctx);
    } finally {
      if (held) deps.base.jobs.release(jobId);
    }
    if (changes.size > 0) deps.base.lastChange.at = deps.base.now().getTime();
    emitChanges(deps, changes);
    return ok(value);
  } catch (error) {
    return failure(error, channelLabel(channel), write, deps);
  }
}

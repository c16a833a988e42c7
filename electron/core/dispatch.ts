// The one door into the core: validates input against the contract, runs the handler, and turns
// every outcome into a Result. Never throws. Runs in plain Node (Electron main, CLI, test harness).
import { err, isChannel, ok, validateInput, type DataDomain, type EventName, type Result } from '../contract';
import type { CoreBase, CoreContext, CoreLogger } from './core-context';
import { DomainError, summarizeIssues } from './errors';
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

function failure(error: unknown, channel: string, logger: CoreLogger): Result<never> {
  if (error instanceof DomainError) return err(error.code, error.message, error.issues);
  logger.error(`Unexpected error in ${channel}`, error);
  return err('internal', 'Something went wrong inside Hirebook. Your data was not changed; please try again.');
}

// Callers outside TypeScript (the CLI's NDJSON, a compromised renderer) may send anything here.
function channelLabel(channel: unknown): string {
  return typeof channel === 'string' ? channel.slice(0, 100) : `(${typeof channel})`;
}

/** Validates, runs and wraps one request. Resolves with ok:false for every kind of failure. */
export async function dispatch(deps: DispatchDeps, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) return err('unknown_channel', `There is no channel named "${channelLabel(channel)}".`);
    // A call with no input at all means "no fields" (e.g. invoke('app:info')); null and other values
    // still go to the schema and are refused there. Text that cannot be saved is refused in any field.
    const parsed = validateInput(channel, rawInput === undefined ? {} : rawInput);
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
    const handler = deps.handlers[channel] as AnyHandler;
    const value = await handler(parsed.data, ctx);
    emitChanges(deps, changes);
    return ok(value);
  } catch (error) {
    return failure(error, channelLabel(channel), deps.logger);
  }
}

// Parses `hirebook retention due|erase|settings|notice`: erase takes candidate ids and refuses to run
// without --yes (erasing cannot be undone); settings takes --months N (or "off") and --action. Checked here,
// so a mistake is a usage error (exit 2) before the data folder is opened. Runs in plain Node.
import { RETENTION_ACTIONS, RETENTION_LIMITS, type RetentionAction } from '../contract';
import { UsageError } from './io';

export type RetentionCommand =
  | { kind: 'retention-due'; json: boolean }
  | { kind: 'retention-erase'; ids: string[]; json: boolean }
  | { kind: 'retention-settings'; months: number | null | undefined; action: RetentionAction | undefined; json: boolean }
  | { kind: 'retention-notice'; json: boolean };

interface RetentionValues {
  json?: boolean | undefined;
  yes?: boolean | undefined;
  months?: string | undefined;
  action?: string | undefined;
}

export const RETENTION_SUBCOMMANDS = 'retention due, retention erase, retention settings, retention notice';

function months(raw: string | undefined): number | null | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim().toLowerCase();
  if (text === 'off') return null;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= RETENTION_LIMITS.minMonths && n <= RETENTION_LIMITS.maxMonths)) {
    throw new UsageError(`--months needs a whole number from ${RETENTION_LIMITS.minMonths} to ${RETENTION_LIMITS.maxMonths}, or "off" (got "${raw}")`);
  }
  return n;
}

export function retentionCommand(name: string, args: readonly string[], values: RetentionValues): RetentionCommand {
  const json = values.json ?? false;
  if (name === 'retention erase') {
    if (args.length === 0) throw new UsageError('"retention erase" needs the ids of the people to erase (see "hirebook retention due")');
    if (!values.yes) {
      throw new UsageError(`erasing cannot be undone: ${args.length === 1 ? 'this person' : `these ${args.length} people`} and everything about them will be gone (backups made earlier still hold them until they rotate out). Add --yes to erase.`);
    }
    return { kind: 'retention-erase', ids: args.map((a) => a.trim()), json };
  }
  if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}" after "${name}"`);
  if (name === 'retention due') return { kind: 'retention-due', json };
  if (name === 'retention notice') return { kind: 'retention-notice', json };
  if (name === 'retention settings') {
    const raw = values.action?.trim().toLowerCase();
    const action = raw === undefined ? undefined : RETENTION_ACTIONS.find((a) => a === raw);
    if (raw !== undefined && action === undefined) throw new UsageError(`unknown action "${values.action ?? ''}" (use one of: ${RETENTION_ACTIONS.join(', ')})`);
    return { kind: 'retention-settings', months: months(values.months), action, json };
  }
  throw new UsageError(`unknown command "${name}" (use one of: ${RETENTION_SUBCOMMANDS})`);
}

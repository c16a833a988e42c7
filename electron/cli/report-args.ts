// Parses `hirebook reports NAME [--role ID] [--from DATE] [--to DATE] [--json]` and `hirebook today [--json]`:
// a report name from the contract's list, calendar dates checked here so a typo is a usage error (exit 2)
// before the data folder is opened. Runs in plain Node (the `hirebook` command).
import { REPORT_NAMES, type ReportName } from '../contract';
import { UsageError } from './io';

export type ReportsCommand =
  | { kind: 'reports'; name: ReportName; roleId: string | undefined; from: string | undefined; to: string | undefined; json: boolean }
  | { kind: 'today'; json: boolean };

interface ReportValues {
  role?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  json?: boolean | undefined;
}

/** A real calendar day written YYYY-MM-DD, or a usage error naming the option. */
export function calendarDay(option: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--${option} needs a date like 2026-03-31 (got "${raw}")`);
  }
  return text;
}

export function reportsCommand(first: 'reports' | 'today', extra: readonly (string | undefined)[], values: ReportValues): ReportsCommand {
  const json = values.json ?? false;
  const args = extra.filter((a): a is string => a !== undefined);
  if (first === 'today') {
    if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}" after "today"`);
    return { kind: 'today', json };
  }
  const [raw, more] = args;
  if (raw === undefined) throw new UsageError(`"reports" needs a report name: ${REPORT_NAMES.join(', ')}`);
  if (more !== undefined) throw new UsageError(`unexpected argument "${more}" after "reports ${raw}"`);
  const name = REPORT_NAMES.find((n) => n === raw.trim().toLowerCase());
  if (!name) throw new UsageError(`unknown report "${raw}" (use one of: ${REPORT_NAMES.join(', ')})`);
  const roleId = values.role?.trim();
  if (values.role !== undefined && roleId === '') throw new UsageError('--role needs a role id (see "hirebook roles list")');
  const from = calendarDay('from', values.from);
  const to = calendarDay('to', values.to);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return { kind: 'reports', name, roleId, from, to, json };
}

// `hirebook reports NAME` and `hirebook today`: the Reports and Today channels from the command line, as
// a plain-text table with each column's definition below it, or as the channel's JSON with --json.
// Runs in plain Node.
import type { Report, ReportCell, Today } from '../../contract';
import type { Core } from '../../core/create-core';
import type { ReportsCommand } from '../report-args';
import { formatTable, type Column } from '../table';
import { write, type CliIo } from '../io';
import { requireRole } from './jd-shared';
import { valueOr } from './posting';

function cellText(value: ReportCell | undefined, unit: string): string {
  if (value === null || value === undefined) return '';
  if (unit === 'share' && typeof value === 'number') return `${Math.round(value * 1000) / 10}%`;
  return String(value);
}

export function reportText(report: Report): string {
  const columns: Column<Report['rows'][number]>[] = report.columns.map((c) => ({
    header: c.label.toUpperCase(),
    max: c.unit === 'text' ? 40 : undefined,
    align: c.unit === 'text' || c.unit === 'date' ? 'left' : 'right',
    cell: (row) => cellText(row[c.key], c.unit),
  }));
  const lines = [`${report.title}`, report.about, ...report.notes.map((n) => `Note: ${n}`), ''];
  const table = report.rows.length === 0 ? 'Nothing to count in this range.\n' : formatTable(report.rows, columns);
  const definitions = report.columns.map((c) => `  ${c.label}: ${c.definition}`);
  return `${lines.join('\n')}\n${table}\nWhat each column means:\n${definitions.join('\n')}\n`;
}

export function todayText(today: Today): string {
  if (today.state === 'first-run') {
    return `${today.message ?? ''}\n${today.firstRunActions.map((a) => `  - ${a.label}`).join('\n')}\n`;
  }
  if (today.state === 'quiet') return `Today, ${today.date}: ${today.message ?? ''}\n`;
  const parts = [`Today, ${today.date} (${today.timeZone})`];
  for (const section of today.sections) {
    if (section.total === 0) continue;
    const more = section.total > section.items.length ? ` (first ${section.items.length} of ${section.total})` : ` (${section.total})`;
    parts.push('', `${section.title}${more}`, ...section.items.map((item) => `  - ${item.title}: ${item.detail}`));
  }
  return `${parts.join('\n')}\n`;
}

export async function runReports(core: Core, command: ReportsCommand, io: CliIo): Promise<void> {
  if (command.kind === 'today') {
    const today = valueOr<Today>(await core.dispatch('today:get', {}));
    await write(io.stdout, command.json ? `${JSON.stringify(today, null, 2)}\n` : todayText(today));
    return;
  }
  const input = {
    name: command.name,
    ...(command.roleId !== undefined ? { roleId: command.roleId } : {}),
    ...(command.from !== undefined ? { from: command.from } : {}),
    ...(command.to !== undefined ? { to: command.to } : {}),
  };
  if (command.roleId !== undefined) await requireRole(core, command.roleId);
  const report = valueOr<Report>(await core.dispatch('reports:get', input));
  await write(io.stdout, command.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report));
}

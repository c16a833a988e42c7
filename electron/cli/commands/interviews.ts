// `hirebook interviews list|ics` and `hirebook kit pdf`: interviews and interview kits from the command
// line, through the same channels the app uses. Runs in plain Node.
import type { Interview, InterviewIcs, InterviewList, KitPdf } from '../../contract';
import type { Core } from '../../core/create-core';
import { formatTable, type Column } from '../table';
import { CliFailure, write, type CliIo } from '../io';
import { requireRole } from './jd-shared';
import { checkWritable, writeOut } from '../out-file';
import { valueOr } from './posting';

export interface InterviewsIcsOptions {
  id: string;
  out: string;
  /** --force: replace an existing file at `out`. */
  force: boolean;
}

export interface KitPdfOptions {
  roleId: string;
  out: string;
  force: boolean;
}

/** "2026-12-03 14:00" in the zone the interview was booked in. */
function localStart(interview: Interview): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: interview.timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(interview.startsAt));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

function state(interview: Interview): string {
  if (interview.awaitingFeedback) return `awaiting feedback (${interview.scorecardsSubmitted}/${interview.interviewers.length})`;
  return interview.status;
}

const COLUMNS: readonly Column<Interview>[] = [
  { header: 'WHEN', cell: localStart },
  { header: 'ZONE', max: 24, cell: (i) => i.timeZone },
  { header: 'MIN', align: 'right', cell: (i) => String(i.durationMinutes) },
  { header: 'KIND', cell: (i) => i.kind },
  { header: 'CANDIDATE', max: 28, cell: (i) => i.candidateName },
  { header: 'ROLE', max: 28, cell: (i) => i.roleTitle },
  { header: 'INTERVIEWERS', max: 32, cell: (i) => i.interviewers.map((p) => p.name).join(', ') },
  { header: 'STATUS', cell: state },
  { header: 'ID', cell: (i) => i.id },
];

export async function interviewsList(core: Core, json: boolean, io: CliIo): Promise<void> {
  const list = valueOr<InterviewList>(await core.dispatch('interviews:list', { limit: 1000 }));
  if (json) {
    await write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  if (list.interviews.length === 0) {
    await write(io.stdout, 'No interviews yet.\n');
    return;
  }
  const count = `${list.interviews.length} ${list.interviews.length === 1 ? 'interview' : 'interviews'}\n`;
  await write(io.stdout, formatTable(list.interviews, COLUMNS) + count);
}

export async function interviewsIcs(core: Core, options: InterviewsIcsOptions, io: CliIo): Promise<void> {
  const result = await core.dispatch('interviews:ics', { id: options.id });
  if (!result.ok && (result.error.code === 'not_found' || result.error.code === 'invalid_input')) {
    throw new CliFailure(`no interview with id "${options.id}" (see "hirebook interviews list")`);
  }
  const ics = valueOr<InterviewIcs>(result);
  checkWritable(options.out, options.force);
  writeOut(options.out, ics.content, options.force);
  await write(io.stdout, `Wrote ${options.out}\n`);
}

export async function kitPdf(core: Core, options: KitPdfOptions, io: CliIo): Promise<void> {
  const role = await requireRole(core, options.roleId);
  checkWritable(options.out, options.force);
  const pdf = valueOr<KitPdf>(await core.dispatch('kits:pdf', { roleId: role.id }));
  writeOut(options.out, Buffer.from(pdf.base64, 'base64'), options.force);
  await write(io.stdout, `Wrote ${options.out} (${pdf.pages} ${pdf.pages === 1 ? 'page' : 'pages'})\n`);
}

// `hirebook search TEXT [--json]`: roles, candidates, notes, interviews and templates matching TEXT, as one table
// per kind, or search:everything's answer as JSON. Runs in plain Node.
import type { SearchCandidateHit, SearchInterviewHit, SearchNoteHit, SearchResults, SearchRoleHit, SearchTemplateHit } from '../../contract';
import type { Core } from '../../core/create-core';
import { valueOrFail } from '../open-core';
import { formatTable, type Column } from '../table';
import { write, type CliIo } from '../io';

const MATCHED_IN: Record<SearchCandidateHit['matchedIn'], string> = {
  name: 'name',
  email: 'e-mail',
  phone: 'phone',
  tag: 'tag',
  note: 'notes',
  interview_note: 'interview notes',
  resume: 'résumé or other details',
};

const NOTE_COLUMNS: readonly Column<SearchNoteHit>[] = [
  { header: 'CANDIDATE', max: 28, cell: (n) => n.candidateName },
  { header: 'ROLE', max: 24, cell: (n) => n.roleTitle },
  { header: 'IN', cell: (n) => (n.kind === 'note' ? 'note' : 'interview') },
  { header: 'TEXT', max: 60, cell: (n) => n.snippet },
  { header: 'CANDIDATE ID', cell: (n) => n.candidateId },
];

const ROLE_COLUMNS: readonly Column<SearchRoleHit>[] = [
  { header: 'TITLE', max: 40, cell: (r) => r.title },
  { header: 'STATUS', cell: (r) => (r.archived ? 'archived' : r.status.replace(/_/g, ' ')) },
  { header: 'DEPARTMENT', max: 20, cell: (r) => r.department },
  { header: 'ID', cell: (r) => r.id },
];

const CANDIDATE_COLUMNS: readonly Column<SearchCandidateHit>[] = [
  { header: 'NAME', max: 32, cell: (c) => c.fullName },
  { header: 'EMAIL', max: 32, cell: (c) => c.email },
  { header: 'PHONE', max: 20, cell: (c) => c.phone },
  { header: 'FOUND IN', cell: (c) => MATCHED_IN[c.matchedIn] },
  { header: 'ID', cell: (c) => c.id },
];

const INTERVIEW_COLUMNS: readonly Column<SearchInterviewHit>[] = [
  { header: 'STARTS (UTC)', cell: (i) => `${i.startsAt.slice(0, 10)} ${i.startsAt.slice(11, 16)}` },
  { header: 'CANDIDATE', max: 32, cell: (i) => i.candidateName },
  { header: 'ROLE', max: 32, cell: (i) => i.roleTitle },
  { header: 'STATUS', cell: (i) => i.status },
  { header: 'ID', cell: (i) => i.id },
];

const TEMPLATE_COLUMNS: readonly Column<SearchTemplateHit>[] = [
  { header: 'NAME', max: 40, cell: (t) => t.name },
  { header: 'CATEGORY', max: 24, cell: (t) => t.category },
  { header: 'KIND', cell: (t) => (t.source === 'owner' ? 'yours' : 'built in') },
  { header: 'ID', cell: (t) => t.id },
];

function section<Row>(title: string, rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return rows.length === 0 ? '' : `${title}\n${formatTable(rows, columns)}\n`;
}

export async function search(core: Core, text: string, json: boolean, io: CliIo): Promise<void> {
  const found = valueOrFail(await core.dispatch('search:everything', { text })) as SearchResults;
  if (json) {
    await write(io.stdout, `${JSON.stringify(found, null, 2)}\n`);
    return;
  }
  const out =
    section('Roles', found.roles, ROLE_COLUMNS) +
    section('Candidates', found.candidates, CANDIDATE_COLUMNS) +
    section('Notes', found.notes, NOTE_COLUMNS) +
    section('Interviews', found.interviews, INTERVIEW_COLUMNS) +
    section('Templates', found.templates, TEMPLATE_COLUMNS);
  await write(io.stdout, out === '' ? `Nothing found for "${text}".\n` : out);
}

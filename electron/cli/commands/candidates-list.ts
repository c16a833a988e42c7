// `hirebook candidates list`: the candidates table (first 500 matches), or every match as JSON with
// --json. Runs in plain Node.
import { CANDIDATE_LIMITS, ratingLabel, type CandidateList, type CandidateListQuery, type CandidateRow } from '../../contract';
import type { Core } from '../../core/create-core';
import { valueOrFail } from '../open-core';
import { formatTable, type Column } from '../table';
import { write, type CliIo } from '../io';

export interface CandidatesListOptions {
  json: boolean;
  search: string;
  roleId: string | undefined;
}

const COLUMNS: readonly Column<CandidateRow>[] = [
  { header: 'NAME', max: 32, cell: (r) => r.fullName },
  { header: 'EMAIL', max: 32, cell: (r) => r.email },
  { header: 'PHONE', max: 20, cell: (r) => r.phone },
  { header: 'SOURCE', cell: (r) => r.source.replace(/_/g, ' ') },
  { header: 'TAGS', max: 24, cell: (r) => r.tags.join(', ') },
  { header: 'RATING', cell: (r) => ratingLabel(r.rating, '') },
  { header: 'ADDED', cell: (r) => r.createdAt.slice(0, 10) },
  { header: 'ID', cell: (r) => r.id },
];

/** The page at `offset`, found past `afterId` (the last row of the page before) when given. */
async function page(core: Core, options: CandidatesListOptions, offset: number, afterId?: string): Promise<CandidateList> {
  const query: CandidateListQuery = {
    search: options.search,
    sort: 'name',
    direction: 'asc',
    offset,
    limit: CANDIDATE_LIMITS.pageSize,
    ...(options.roleId !== undefined ? { roleId: options.roleId } : {}),
    ...(afterId !== undefined ? { afterId } : {}),
  };
  return valueOrFail(await core.dispatch('candidates:list', query)) as CandidateList;
}

/** Every match, page by page (the channel pages at 500 rows) until a page comes back short. */
async function allRows(core: Core, options: CandidatesListOptions): Promise<CandidateList> {
  const rows: CandidateList['rows'] = [];
  for (;;) {
    const next = await page(core, options, rows.length, rows.at(-1)?.id);
    rows.push(...next.rows);
    if (next.rows.length < CANDIDATE_LIMITS.pageSize) break;
  }
  return { rows, total: rows.length, totalExact: true };
}

export async function candidatesList(core: Core, options: CandidatesListOptions, io: CliIo): Promise<void> {
  if (options.json) {
    await write(io.stdout, `${JSON.stringify(await allRows(core, options), null, 2)}\n`);
    return;
  }
  const list = await page(core, options, 0);
  if (list.rows.length === 0) {
    const filtered = options.search !== '' || options.roleId !== undefined;
    await write(io.stdout, filtered ? 'No candidates match.\n' : 'No candidates yet.\n');
    return;
  }
  const shown = list.rows.length < list.total ? ` (first ${list.rows.length} shown; use --json for all)` : '';
  // A search's count stops a little past the page: "1,500+ candidates" says it is at least that many.
  const count = `${list.total}${list.totalExact ? '' : '+'} ${list.total === 1 ? 'candidate' : 'candidates'}${shown}\n`;
  await write(io.stdout, formatTable(list.rows, COLUMNS) + count);
}

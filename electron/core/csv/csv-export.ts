// Candidates to CSV (papaparse unparse) for the current table view: the same filters and sort as the
// table, chosen columns, and cells that a spreadsheet would run as formulas made inert. Runs in plain Node.
import Papa from 'papaparse';
import { EXPORT_COLUMNS, type CandidateExportFile, type CandidateExportInput, type ExportColumn } from '../../contract';
import { listCandidates } from '../candidates/candidates-search';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

const HEADERS: Record<ExportColumn, string> = {
  name: 'Name',
  emails: 'Email',
  phones: 'Phone',
  location: 'Location',
  source: 'Source',
  tags: 'Tags',
  linkedin: 'LinkedIn',
  portfolio: 'Portfolio',
  summary: 'Summary',
  roles: 'Roles',
  createdAt: 'Added',
};

const SOURCE_WORDS: Record<string, string> = {
  job_board: 'Job board', referral: 'Referral', walk_in: 'Walk-in', website: 'Company website', agency: 'Agency', other: '',
};

/** A cell starting with = + - @ (or a tab or carriage return) gets a leading quote, so it stays text. */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

interface DetailRow {
  id: string;
  full_name: string;
  location: string;
  linkedin_url: string;
  portfolio_url: string;
  summary: string;
  source_kind: string;
  source_detail: string;
  created_at: string;
  emails: string | null;
  phones: string | null;
  tags: string | null;
  roles: string | null;
}

const DETAILS = `SELECT c.id, c.full_name, c.location, c.linkedin_url, c.portfolio_url, c.summary, c.source_kind, c.source_detail, c.created_at,
  (SELECT group_concat(email, '; ') FROM (SELECT email FROM candidate_emails WHERE candidate_id = c.id ORDER BY position)) AS emails,
  (SELECT group_concat(phone, '; ') FROM (SELECT phone FROM candidate_phones WHERE candidate_id = c.id ORDER BY position)) AS phones,
  (SELECT group_concat(tag, '; ') FROM (SELECT tag FROM candidate_tags WHERE candidate_id = c.id ORDER BY rowid)) AS tags,
  (SELECT group_concat(r.title, '; ') FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.candidate_id = c.id) AS roles
FROM candidates c WHERE c.id IN (SELECT value FROM json_each(?))`;

function cellsOf(row: DetailRow, columns: readonly ExportColumn[]): string[] {
  const values: Record<ExportColumn, string> = {
    name: row.full_name,
    emails: row.emails ?? '',
    phones: row.phones ?? '',
    location: row.location,
    source: row.source_detail || (SOURCE_WORDS[row.source_kind] ?? ''),
    tags: row.tags ?? '',
    linkedin: row.linkedin_url,
    portfolio: row.portfolio_url,
    summary: row.summary,
    roles: row.roles ?? '',
    createdAt: row.created_at,
  };
  return columns.map((column) => inertCell(values[column]));
}

const PAGE = 500;

/** Every candidate the filters match, in the table's order, as one CSV file (with a byte-order mark for spreadsheets). */
export function exportCandidates(db: Db, input: CandidateExportInput, today: Date): CandidateExportFile {
  const { columns = [...EXPORT_COLUMNS], ...query } = input;
  const data: string[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = listCandidates(db, { ...query, search: query.search, sort: query.sort, direction: query.direction, offset, limit: PAGE });
    if (page.rows.length === 0) break;
    const details = statement(db, DETAILS).all(JSON.stringify(page.rows.map((row) => row.id))) as DetailRow[];
    const byId = new Map(details.map((row) => [row.id, row]));
    for (const row of page.rows) {
      const detail = byId.get(row.id);
      if (detail) data.push(cellsOf(detail, columns));
    }
    if (page.rows.length < PAGE) break;
  }
  const csv = Papa.unparse({ fields: columns.map((column) => HEADERS[column]), data }, { newline: '\r\n' });
  return { fileName: `candidates-${today.toISOString().slice(0, 10)}.csv`, content: `\uFEFF${csv}\r\n`, rows: data.length };
}

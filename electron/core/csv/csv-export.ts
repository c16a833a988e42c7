// Candidates to CSV (papaparse unparse) for the current table view (the same filters and sort as the table,
// chosen columns) or for cards selected on a board (with role, stage, status, the card's rating in words,
// where that rating comes from, and days in stage);
// cells a spreadsheet would run as formulas are made inert. Runs in plain Node.
import Papa from 'papaparse';
import { APPLICATION_STATUS_LABELS, CANDIDATE_SOURCE_LABELS, EXPORT_COLUMNS, ratingLabel, type CardRating, type ApplicationExportInput, type CandidateExportFile, type CandidateExportInput, type CandidateSource, type ExportColumn } from '../../contract';
import { daysSince } from '../applications/applications-rules';
import { inertCell } from '../escaping/csv-cell';
import { notFound } from '../errors';
import { listCandidates } from '../candidates/candidates-search-repo';
import { cardRatings } from '../interviews/card-rating-repo';
import type { Db } from '../db/open-database';
import { exportApplicationRows, exportDetails, type ApplicationExportRow, type DetailRow } from './csv-export-repo';

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

/** The source's name as the screen shows it (the contract's labels); "other" without a detail stays blank. */
function sourceWords(kind: string): string {
  return kind === 'other' ? '' : (CANDIDATE_SOURCE_LABELS[kind as CandidateSource] ?? '');
}

function cellsOf(row: DetailRow, columns: readonly ExportColumn[]): string[] {
  const values: Record<ExportColumn, string> = {
    name: row.full_name,
    emails: row.emails ?? '',
    phones: row.phones ?? '',
    location: row.location,
    source: row.source_detail || sourceWords(row.source_kind),
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
  // Each page seeks past the last row of the one before (afterId), so the export reads each row once.
  let afterId: string | undefined;
  for (let offset = 0; ; offset += PAGE) {
    const page = listCandidates(db, { ...query, search: query.search, sort: query.sort, direction: query.direction, offset, limit: PAGE, afterId });
    if (page.rows.length === 0) break;
    afterId = page.rows.at(-1)?.id;
    const details = exportDetails(db, page.rows.map((row) => row.id));
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

const APPLICATION_HEADERS = ['Role', 'Stage', 'Status', 'Rating', 'Rating from', 'Days in stage'];
/** Every candidate column except "Roles" (each row is one application, named in "Role"). */
const CANDIDATE_COLUMNS = EXPORT_COLUMNS.filter((column) => column !== 'roles');

/** Where the card's rating comes from, in words: "2 scorecards", "Your rating", or blank. */
function ratingSourceWords(rating: CardRating): string {
  if (rating.from === 'scorecards') return rating.scorecards === 1 ? '1 scorecard' : `${rating.scorecards} scorecards`;
  return rating.from === 'owner' ? 'Your rating' : '';
}

function applicationCells(app: ApplicationExportRow, rating: CardRating, today: Date): string[] {
  const days = daysSince(app.stage_entered_at, today);
  const cells = [app.role_title, app.stage_name, APPLICATION_STATUS_LABELS[app.status], ratingLabel(rating.value, ''), ratingSourceWords(rating), String(days)];
  return cells.map(inertCell);
}

/** The selected applications, one row each in board order, as one CSV file; refused when any is gone. */
export function exportApplications(db: Db, input: ApplicationExportInput, today: Date): CandidateExportFile {
  const ids = [...new Set(input.applicationIds)];
  const apps = exportApplicationRows(db, ids);
  if (apps.length !== ids.length) throw notFound(ids.length === 1 ? 'That application' : 'One of those applications');
  const details = exportDetails(db, [...new Set(apps.map((app) => app.candidate_id))]);
  const byId = new Map(details.map((row) => [row.id, row]));
  const ratings = cardRatings(db, apps);
  const data = apps.flatMap((app) => {
    const person = byId.get(app.candidate_id);
    return person ? [[...cellsOf(person, CANDIDATE_COLUMNS), ...applicationCells(app, ratings(app.id), today)]] : [];
  });
  const fields = [...CANDIDATE_COLUMNS.map((column) => HEADERS[column]), ...APPLICATION_HEADERS];
  const csv = Papa.unparse({ fields, data }, { newline: '\r\n' });
  return { fileName: `applications-${today.toISOString().slice(0, 10)}.csv`, content: `\uFEFF${csv}\r\n`, rows: data.length };
}

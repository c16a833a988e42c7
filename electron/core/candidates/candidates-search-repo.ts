// The candidates' search: the one place that queries candidates_fts for people (the candidates table, its
// count and CSV export, the command palette and `hirebook search` all come here), and the index writer.
// The table query (filters, search, sort, paging over 300,000 rows) reads a search's matches straight from
// the index, in its order, and counts them only a little past the page. Runs in plain Node on a
// better-sqlite3 connection; callers own transactions.
import type { Candidate, CandidateCountQuery, CandidateList, CandidateListQuery, CandidateRow } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { keptCount, keysAfter, keysAt, keyOfCandidate, sortSpec, whereOf, type Matches, type RowKey } from './candidates-pages-repo';
import { buildCandidateFtsQuery, normalizeTag, phoneSearchTokens } from './candidates-rules';

/** Resume text beyond this many characters is not indexed (a 40-page CV is ~150,000). */
const MAX_INDEXED_TEXT = 500_000;

interface IndexSource {
  seq: number;
  full_name: string;
  emails: string | null;
  tags: string | null;
  resume: string | null;
  notes: string | null;
  interview_notes: string | null;
}

// Notes: those written on the person's applications; interview notes: their scorecards' notes and takeaways.
const INDEX_SOURCE = `SELECT c.seq, c.full_name,
  (SELECT group_concat(email, ' ') FROM candidate_emails WHERE candidate_id = c.id) AS emails,
  (SELECT group_concat(tag, ' ') FROM candidate_tags WHERE candidate_id = c.id) AS tags,
  (SELECT group_concat(extracted_text, ' ') FROM attachments WHERE candidate_id = c.id) AS resume,
  (SELECT group_concat(n.body, ' ') FROM applications a JOIN application_notes n ON n.application_id = a.id WHERE a.candidate_id = c.id) AS notes,
  (SELECT group_concat(s.notes || ' ' || s.takeaways, ' ') FROM applications a JOIN interviews i ON i.application_id = a.id
    JOIN scorecards s ON s.interview_id = i.id WHERE a.candidate_id = c.id) AS interview_notes
FROM candidates c WHERE c.id = ?`;

const INSERT_INDEX = `INSERT INTO candidates_fts (rowid, name, emails, phones, tags, resume_text, notes, interview_notes)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** The search entry of a candidate just inserted (no files or notes yet), from the values in hand: no reads. */
export function indexNewCandidate(db: Db, seq: number, c: Pick<Candidate, 'fullName' | 'emails' | 'phones' | 'tags'>): void {
  statement(db, INSERT_INDEX).run(seq, c.fullName, c.emails.join(' '), c.phones.flatMap(phoneSearchTokens).join(' '), c.tags.join(' '), '', '', '');
}

/**
 * Drops the words of deleted and rewritten entries from the index's own rows. The index is contentless (it
 * cannot know a deleted entry's words), so a delete only marks the entry gone and its words stay in
 * candidates_fts_data until segments merge; 'optimize' merges them all now (about 0.2 s at 100,000
 * candidates). Called when a person is erased, so the index keeps no trace of them.
 */
export function purgeSearchIndex(db: Db): void {
  statement(db, "INSERT INTO candidates_fts (candidates_fts) VALUES ('optimize')").run();
}

/**
 * Rewrites the candidate's search entry from the stored rows; call after any change to them (their details,
 * files, tags, an application's notes, a scorecard's notes, an application removed or moved).
 */
export function reindexCandidate(db: Db, id: string): void {
  const source = statement(db, INDEX_SOURCE).get(id) as IndexSource | undefined;
  if (!source) return;
  const phones = statement(db, 'SELECT phone FROM candidate_phones WHERE candidate_id = ?').pluck().all(id) as string[];
  statement(db, 'DELETE FROM candidates_fts WHERE rowid = ?').run(source.seq);
  statement(db, INSERT_INDEX).run(
    source.seq,
    source.full_name,
    source.emails ?? '',
    phones.flatMap(phoneSearchTokens).join(' '),
    source.tags ?? '',
    (source.resume ?? '').slice(0, MAX_INDEXED_TEXT),
    (source.notes ?? '').slice(0, MAX_INDEXED_TEXT),
    (source.interview_notes ?? '').slice(0, MAX_INDEXED_TEXT),
  );
}

/** Rewrites the search entry of the person who applied in `applicationId` (after its notes or scorecards changed). */
export function reindexApplicant(db: Db, applicationId: string): void {
  const candidateId = statement(db, 'SELECT candidate_id FROM applications WHERE id = ?').pluck().get(applicationId) as string | undefined;
  if (candidateId !== undefined) reindexCandidate(db, candidateId);
}

type ParsedQuery = Required<Pick<CandidateListQuery, 'search' | 'sort' | 'direction' | 'offset' | 'limit'>> &
  Omit<CandidateListQuery, 'search' | 'sort' | 'direction' | 'offset' | 'limit'>;

function applicationFilter(query: CandidateCountQuery, params: unknown[]): string | null {
  const parts: string[] = [];
  const add = (sql: string, value: unknown): void => {
    parts.push(sql);
    params.push(value);
  };
  if (query.roleId !== undefined) add('a.role_id = ?', query.roleId);
  if (query.stageId !== undefined) add('a.stage_id = ?', query.stageId);
  if (query.status !== undefined) add('a.status = ?', query.status);
  if (query.ratingMin !== undefined) add('a.rating >= ?', query.ratingMin);
  if (parts.length === 0) return null;
  return `c.id IN (SELECT a.candidate_id FROM applications a WHERE ${parts.join(' AND ')})`;
}

/** The filters other than the search, as WHERE conditions on `c` assembled from fixed fragments; values go into `params`. */
function filterConditions(query: CandidateCountQuery, params: unknown[]): string[] {
  const where: string[] = [];
  if (query.source !== undefined) {
    where.push('c.source_kind = ?');
    params.push(query.source);
  }
  if (query.tag !== undefined) {
    where.push('c.id IN (SELECT candidate_id FROM candidate_tags WHERE tag_norm = ?)');
    params.push(normalizeTag(query.tag));
  }
  // Dates are days in UTC; created_at is an ISO time, so compare against the day's bounds.
  if (query.addedFrom !== undefined) {
    where.push('c.created_at >= ?');
    params.push(`${query.addedFrom}T00:00:00.000Z`);
  }
  if (query.addedTo !== undefined) {
    where.push('c.created_at < ?');
    params.push(new Date(Date.parse(`${query.addedTo}T00:00:00.000Z`) + 86_400_000).toISOString());
  }
  const applications = applicationFilter(query, params);
  if (applications) where.push(applications);
  return where;
}

/**
 * The query's matches, as FROM … and WHERE conditions. With a search, the index drives (CROSS JOIN keeps it the
 * outer loop): matches come in its order, and a LIMIT stops it after that many, so neither a page nor a bounded
 * count reads every match.
 */
function queryMatches(query: CandidateCountQuery): Matches & { searched: boolean } {
  const params: unknown[] = [];
  const fts = buildCandidateFtsQuery(query.search ?? '');
  if (fts !== null) params.push(fts);
  const where = [...(fts !== null ? ['f.candidates_fts MATCH ?'] : []), ...filterConditions(query, params)];
  const tables = fts !== null ? 'candidates_fts f CROSS JOIN candidates c ON c.seq = f.rowid' : 'candidates c';
  return { tables, where, params, searched: fts !== null };
}

/** FROM … WHERE for the matches, for a count. */
function fromWhere(matches: Matches): string {
  return `${matches.tables}${whereOf(matches.where)}`;
}

/** Counting a search's matches stops this many past the page asked for; the answer then says "at least". */
export const COUNT_AHEAD = 1000;

interface PageRow {
  seq: number;
  id: string;
  full_name: string;
  location: string;
  source_kind: CandidateRow['source'];
  created_at: string;
  updated_at: string;
  sample: number;
  email: string | null;
  phone: string | null;
  tags_json: string;
}

interface PageApplication {
  candidate_id: string;
  role_title: string;
  stage_name: string;
  status: CandidateRow['applications'][number]['status'];
  rating: number | null;
}

// Details for one page only: computing them for every row before sorting would cost 100,000 lookups.
const PAGE_DETAILS = `SELECT c.seq, c.id, c.full_name, c.location, c.source_kind, c.created_at, c.updated_at, c.sample,
  (SELECT email FROM candidate_emails e WHERE e.candidate_id = c.id ORDER BY e.position LIMIT 1) AS email,
  (SELECT phone FROM candidate_phones p WHERE p.candidate_id = c.id ORDER BY p.position LIMIT 1) AS phone,
  (SELECT json_group_array(tag) FROM (SELECT tag FROM candidate_tags t WHERE t.candidate_id = c.id ORDER BY t.rowid)) AS tags_json
FROM candidates c WHERE c.seq IN (SELECT value FROM json_each(?))`;

// Every application of the page's people in one query (not one per row): the Roles column, best rating and count.
const PAGE_APPLICATIONS = `SELECT a.candidate_id, r.title AS role_title, s.name AS stage_name, a.status, a.rating
FROM applications a JOIN roles r ON r.id = a.role_id JOIN pipeline_stages s ON s.id = a.stage_id
WHERE a.candidate_id IN (SELECT value FROM json_each(?))
ORDER BY CASE a.status WHEN 'active' THEN 0 WHEN 'hired' THEN 1 WHEN 'rejected' THEN 2 ELSE 3 END, a.updated_at DESC, a.id`;

function applicationsByCandidate(db: Db, ids: readonly string[]): Map<string, PageApplication[]> {
  const byCandidate = new Map<string, PageApplication[]>();
  for (const app of statement(db, PAGE_APPLICATIONS).all(JSON.stringify(ids)) as PageApplication[]) {
    const list = byCandidate.get(app.candidate_id);
    if (list) list.push(app);
    else byCandidate.set(app.candidate_id, [app]);
  }
  return byCandidate;
}

function toRow(row: PageRow, apps: readonly PageApplication[]): CandidateRow {
  const ratings = apps.flatMap((app) => (app.rating === null ? [] : [app.rating]));
  return {
    id: row.id,
    fullName: row.full_name,
    email: row.email ?? '',
    phone: row.phone ?? '',
    location: row.location,
    source: row.source_kind,
    tags: JSON.parse(row.tags_json) as string[],
    rating: ratings.length > 0 ? Math.max(...ratings) : null,
    applicationCount: apps.length,
    applications: apps.map((app) => ({ roleTitle: app.role_title, stageName: app.stage_name, status: app.status })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sample: row.sample === 1,
  };
}

/**
 * One page of the candidates table and how many match. Without a search every match is counted (once per list
 * until the data changes: candidates-pages-repo.ts). With one, counting stops COUNT_AHEAD past the page
 * (`totalExact` false: "at least"; candidates:count counts all), and the newest-first or oldest-first order is
 * the index's own (rowid = seq, the order people were added), so the page costs what the page holds; other
 * sorts must sort every match. The page's rows are found by key (candidates-pages-repo.ts): just past
 * `afterId` when the caller holds the row before the page, else at `offset`; the same rows either way.
 */
export function listCandidates(db: Db, query: ParsedQuery): CandidateList {
  const matches = queryMatches(query);
  const { sort, direction, offset, limit, afterId, ...filters } = query;
  const listKey = JSON.stringify([filters, sort, direction]);
  let total: number;
  let totalExact = true;
  if (matches.searched) {
    const cap = offset + limit + COUNT_AHEAD;
    total = statement(db, `SELECT count(*) FROM (SELECT 1 FROM ${fromWhere(matches)} LIMIT ?)`).pluck().get([...matches.params, cap]) as number;
    totalExact = total < cap;
  } else {
    total = keptCount(db, listKey, () => statement(db, `SELECT count(*) FROM ${fromWhere(matches)}`).pluck().get(matches.params) as number);
  }
  const spec = sortSpec(sort, direction, matches.searched);
  const after = afterId === undefined ? null : keyOfCandidate(db, spec, afterId);
  let keys: RowKey[];
  if (after !== null) keys = keysAfter(db, matches, spec, after, 0, limit);
  // A search's jump reads the matches before it (the marks would cost a sort of every match per list).
  else if (matches.searched) keys = keysAfter(db, matches, spec, null, offset, limit);
  else keys = keysAt(db, listKey, matches, spec, offset, limit);
  return { rows: candidateRows(db, keys.map((key) => key.seq)), total, totalExact };
}

/** The table's rows for these candidates (by seq), in the order given: one page's details in two queries. */
export function candidateRows(db: Db, seqs: readonly number[]): CandidateRow[] {
  if (seqs.length === 0) return [];
  const details = statement(db, PAGE_DETAILS).all(JSON.stringify(seqs)) as PageRow[];
  const bySeq = new Map(details.map((row) => [row.seq, row]));
  const apps = applicationsByCandidate(db, details.map((row) => row.id));
  return seqs.flatMap((seq) => {
    const row = bySeq.get(seq);
    return row ? [toRow(row, apps.get(row.id) ?? [])] : [];
  });
}

/** How many candidates the search and filters match, every one counted (the table's "Count all"). */
export function countCandidates(db: Db, query: CandidateCountQuery): number {
  const matches = queryMatches(query);
  return statement(db, `SELECT count(*) FROM ${fromWhere(matches)}`).pluck().get(matches.params) as number;
}

/** A candidate found by search:everything, with the details the palette shows. */
export interface CandidateSearchHit {
  seq: number;
  id: string;
  fullName: string;
  email: string;
  phone: string;
  tags: string[];
}

/**
 * The newest `limit` candidates matching an index query (buildCandidateFtsQuery's, maybe limited to some
 * columns), straight in the index's order (no count, no sort over every match): the index stops after
 * `limit` entries.
 */
export function searchCandidatesFirstPage(db: Db, fts: string, limit: number): CandidateSearchHit[] {
  const seqs = statement(db, 'SELECT rowid FROM candidates_fts WHERE candidates_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck().all(fts, limit) as number[];
  if (seqs.length === 0) return [];
  const bySeq = new Map((statement(db, PAGE_DETAILS).all(JSON.stringify(seqs)) as PageRow[]).map((row) => [row.seq, row]));
  return seqs.flatMap((seq) => {
    const row = bySeq.get(seq);
    if (!row) return [];
    return [{ seq, id: row.id, fullName: row.full_name, email: row.email ?? '', phone: row.phone ?? '', tags: JSON.parse(row.tags_json) as string[] }];
  });
}

// SQL for role revisions: frozen copies of a role's description (title and sections as JSON). Runs in
// plain Node on a better-sqlite3 connection; callers own transactions.
import { RoleSection, type Revision, type RevisionReason, type RevisionSummary } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/** A row of role_revisions, exactly as SQLite returns it. */
export interface RevisionRow {
  id: string;
  role_id: string;
  reason: RevisionReason;
  label: string;
  title: string;
  sections_json: string;
  word_count: number;
  created_at: string;
  updated_at: string;
}

const SUMMARY_COLUMNS = 'id, role_id, reason, label, word_count, created_at';

function rowToSummary(row: Pick<RevisionRow, 'id' | 'role_id' | 'reason' | 'label' | 'word_count' | 'created_at'>): RevisionSummary {
  return { id: row.id, roleId: row.role_id, reason: row.reason, label: row.label, wordCount: row.word_count, createdAt: row.created_at };
}

/** Sections from stored JSON; anything that does not have a section's shape is left out, not trusted. */
function parseSections(json: string): RoleSection[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = RoleSection.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function rowToRevision(row: RevisionRow): Revision {
  return { ...rowToSummary(row), title: row.title, sections: parseSections(row.sections_json) };
}

export interface NewRevision {
  id: string;
  roleId: string;
  reason: RevisionReason;
  label: string;
  title: string;
  sections: readonly RoleSection[];
  wordCount: number;
  createdAt: string;
}

export function insertRevision(db: Db, revision: NewRevision): RevisionSummary {
  const sectionsJson = JSON.stringify(revision.sections.map(({ id, kind, heading, html }) => ({ id, kind, heading, html })));
  statement(
    db,
    'INSERT INTO role_revisions (id, role_id, reason, label, title, sections_json, word_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(revision.id, revision.roleId, revision.reason, revision.label, revision.title, sectionsJson, revision.wordCount, revision.createdAt, revision.createdAt);
  return rowToSummary({
    id: revision.id,
    role_id: revision.roleId,
    reason: revision.reason,
    label: revision.label,
    word_count: revision.wordCount,
    created_at: revision.createdAt,
  });
}

export function getRevision(db: Db, id: string): Revision | null {
  const row = statement(db, 'SELECT * FROM role_revisions WHERE id = ?').get(id) as RevisionRow | undefined;
  return row ? rowToRevision(row) : null;
}

/** The role's newest revision. Stamps only grow per role (see nextStamp), so created_at orders them. */
export function latestRevision(db: Db, roleId: string): Revision | null {
  const row = statement(db, 'SELECT * FROM role_revisions WHERE role_id = ? ORDER BY created_at DESC, id DESC LIMIT 1').get(roleId) as
    | RevisionRow
    | undefined;
  return row ? rowToRevision(row) : null;
}

/** Newest first. */
export function listRevisions(db: Db, roleId: string): RevisionSummary[] {
  const rows = statement(db, `SELECT ${SUMMARY_COLUMNS} FROM role_revisions WHERE role_id = ? ORDER BY created_at DESC, id DESC`).all(
    roleId,
  ) as RevisionRow[];
  return rows.map(rowToSummary);
}

export function hasRevision(db: Db, roleId: string): boolean {
  return statement(db, 'SELECT 1 FROM role_revisions WHERE role_id = ? LIMIT 1').get(roleId) !== undefined;
}

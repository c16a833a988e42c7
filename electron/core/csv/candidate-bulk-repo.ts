// Fast candidate inserts for imports: a planned step's rows (csv-import-plan.ts) are written with one
// INSERT … SELECT FROM json_each per table (candidates, emails, phones, tags, search index) instead of one
// statement per row. Runs in plain Node inside the caller's transaction (one per batch).
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open-database';
import type { InsertStep } from './csv-import-plan';

// `seq` is given explicitly (the next free ones, as SQLite itself would pick) so candidate number k and
// search row number k of a step get the same one without reading each candidate back.
const SQL = {
  candidates: `INSERT INTO candidates (seq, id, full_name, name_key, location, linkedin_url, portfolio_url, source_kind,
    source_detail, summary, created_at, updated_at)
    SELECT @base + r.key, r.value->>0, r.value->>1, r.value->>2, r.value->>3, r.value->>4, r.value->>5, r.value->>6,
      r.value->>7, r.value->>8, @at, @at FROM json_each(@rows) r`,
  emails: `INSERT OR IGNORE INTO candidate_emails (candidate_id, email, email_norm, position)
    SELECT r.value->>0, r.value->>1, r.value->>2, r.value->>3 FROM json_each(?) r`,
  phones: `INSERT OR IGNORE INTO candidate_phones (candidate_id, phone, phone_norm, position)
    SELECT r.value->>0, r.value->>1, r.value->>2, r.value->>3 FROM json_each(?) r`,
  tags: `INSERT OR IGNORE INTO candidate_tags (candidate_id, tag, tag_norm)
    SELECT r.value->>0, r.value->>1, r.value->>2 FROM json_each(?) r`,
  search: `INSERT INTO candidates_fts (rowid, name, emails, phones, tags, resume_text)
    SELECT @base + r.key, r.value->>0, r.value->>1, r.value->>2, r.value->>3, '' FROM json_each(@rows) r`,
} as const;

export class CandidateBulkWriter {
  private readonly statements: Record<keyof typeof SQL, Statement>;
  private readonly lastSeq: Statement;

  constructor(db: Db) {
    this.statements = {
      candidates: db.prepare(SQL.candidates),
      emails: db.prepare(SQL.emails),
      phones: db.prepare(SQL.phones),
      tags: db.prepare(SQL.tags),
      search: db.prepare(SQL.search),
    };
    this.lastSeq = db.prepare('SELECT coalesce(max(seq), 0) FROM candidates').pluck();
  }

  /** Inserts the step's candidates (first: the lists reference them), lists and search entries. */
  write(step: InsertStep, at: string): void {
    const base = Number(this.lastSeq.get()) + 1;
    this.statements.candidates.run({ base, at, rows: step.candidates });
    if (step.emails !== '[]') this.statements.emails.run(step.emails);
    if (step.phones !== '[]') this.statements.phones.run(step.phones);
    if (step.tags !== '[]') this.statements.tags.run(step.tags);
    this.statements.search.run({ base, rows: step.search });
  }
}

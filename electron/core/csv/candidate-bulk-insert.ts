// Fast candidate inserts for imports: rows are queued and written with one INSERT … SELECT FROM json_each
// per table (candidates, emails, phones, tags, search index) instead of one statement per row, with the
// same columns, lists and search entry as the candidates repo writes. Runs in plain Node inside the
// caller's transaction (one per batch).
import type { Statement } from 'better-sqlite3';
import type { CandidateSource } from '../../contract';
import { nameKey, normalizeEmail, normalizeTag, phoneDigits, phoneSearchTokens } from '../candidates/candidates-rules';
import type { Db } from '../db/open-database';
import type { CandidateDraft } from './csv-row-rules';

/** A job board, referral, walk-in, website or agency, read from free text; anything else is 'other'. */
export function sourceFromText(text: string): { source: CandidateSource; detail: string } {
  const lower = text.toLowerCase();
  if (lower === '') return { source: 'other', detail: '' };
  if (/refer/.test(lower)) return { source: 'referral', detail: text };
  if (/walk[\s-]?in/.test(lower)) return { source: 'walk_in', detail: text };
  if (/agency|recruiter/.test(lower)) return { source: 'agency', detail: text };
  if (/website|careers? (page|site)|our site/.test(lower)) return { source: 'website', detail: text };
  if (/indeed|linkedin|glassdoor|monster|ziprecruiter|craigslist|job ?board|stepstone|seek|reed|workable|snagajob|poached|culinary agents/.test(lower)) {
    return { source: 'job_board', detail: text };
  }
  return { source: 'other', detail: text };
}

/** An http(s) address, adding https:// to a bare "example.com/x"; anything else becomes ''. */
export function cleanUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return '';
  const url = /^https?:\/\//i.test(trimmed) ? trimmed : /^[\w-]+(\.[\w-]+)+(\/.*)?$/.test(trimmed) ? `https://${trimmed}` : '';
  try {
    return url !== '' && url.length <= 2000 && new URL(url).hostname !== '' ? url : '';
  } catch {
    return '';
  }
}

/** One queued row per table, as JSON arrays (json_each reads them back in order). */
interface Queue {
  candidates: unknown[][];
  emails: unknown[][];
  phones: unknown[][];
  tags: unknown[][];
  search: unknown[][];
}

const emptyQueue = (): Queue => ({ candidates: [], emails: [], phones: [], tags: [], search: [] });

// `seq` is given explicitly (the next free one, as SQLite itself would pick) so the search rows can be
// keyed by it in the same flush without reading each candidate back.
const SQL = {
  candidates: `INSERT INTO candidates (seq, id, full_name, name_key, location, linkedin_url, portfolio_url, source_kind,
    source_detail, summary, created_at, updated_at)
    SELECT r.value->>0, r.value->>1, r.value->>2, r.value->>3, r.value->>4, r.value->>5, r.value->>6, r.value->>7,
      r.value->>8, r.value->>9, @at, @at FROM json_each(@rows) r`,
  emails: `INSERT OR IGNORE INTO candidate_emails (candidate_id, email, email_norm, position)
    SELECT r.value->>0, r.value->>1, r.value->>2, r.value->>3 FROM json_each(?) r`,
  phones: `INSERT OR IGNORE INTO candidate_phones (candidate_id, phone, phone_norm, position)
    SELECT r.value->>0, r.value->>1, r.value->>2, r.value->>3 FROM json_each(?) r`,
  tags: `INSERT OR IGNORE INTO candidate_tags (candidate_id, tag, tag_norm)
    SELECT r.value->>0, r.value->>1, r.value->>2 FROM json_each(?) r`,
  search: `INSERT INTO candidates_fts (rowid, name, emails, phones, tags, resume_text)
    SELECT r.value->>0, r.value->>1, r.value->>2, r.value->>3, r.value->>4, '' FROM json_each(?) r`,
} as const;

export class CandidateBulkWriter {
  private readonly statements: Record<keyof typeof SQL, Statement>;
  private readonly lastSeq: Statement;
  private queue = emptyQueue();
  private nextSeq = 0;
  private at = '';
  /** Source columns repeat ("Indeed", "Referral"): each distinct text is classified once per import. */
  private readonly sources = new Map<string, { source: CandidateSource; detail: string }>();

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

  /** True when rows wait to be written. */
  get pending(): boolean {
    return this.queue.candidates.length > 0;
  }

  private classify(text: string): { source: CandidateSource; detail: string } {
    let known = this.sources.get(text);
    if (known === undefined) {
      known = sourceFromText(text);
      if (this.sources.size < 1000) this.sources.set(text, known);
    }
    return known;
  }

  /** Queues one candidate with its emails, phones, tags and search entry; flush() writes them. */
  insert(id: string, draft: CandidateDraft, at: string): void {
    if (!this.pending) {
      this.nextSeq = Number(this.lastSeq.get()) + 1;
      this.at = at;
    } else if (at !== this.at) {
      this.flush();
      this.insert(id, draft, at);
      return;
    }
    const { source, detail } = this.classify(draft.source);
    const seq = this.nextSeq++;
    const q = this.queue;
    q.candidates.push([seq, id, draft.name, nameKey(draft.name), draft.location, cleanUrl(draft.linkedin), cleanUrl(draft.portfolio), source, detail, draft.summary]);
    draft.emails.forEach((email, i) => q.emails.push([id, email, normalizeEmail(email), i]));
    draft.phones.forEach((phone, i) => q.phones.push([id, phone, phoneDigits(phone), i]));
    for (const tag of draft.tags) q.tags.push([id, tag, normalizeTag(tag)]);
    q.search.push([seq, draft.name, draft.emails.join(' '), draft.phones.flatMap(phoneSearchTokens).join(' '), draft.tags.join(' ')]);
  }

  /** Writes every queued row (candidates first: the lists reference them). */
  flush(): void {
    if (!this.pending) return;
    const q = this.queue;
    this.queue = emptyQueue();
    this.statements.candidates.run({ rows: JSON.stringify(q.candidates), at: this.at });
    if (q.emails.length > 0) this.statements.emails.run(JSON.stringify(q.emails));
    if (q.phones.length > 0) this.statements.phones.run(JSON.stringify(q.phones));
    if (q.tags.length > 0) this.statements.tags.run(JSON.stringify(q.tags));
    this.statements.search.run(JSON.stringify(q.search));
  }
}

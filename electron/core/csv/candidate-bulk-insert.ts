// Fast candidate inserts for imports: statements prepared once and reused, no read per row, the same
// columns, lists and search entry as the candidates repo writes. Runs in plain Node inside the caller's
// transaction (one per batch).
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

export class CandidateBulkWriter {
  private readonly candidate: Statement;
  private readonly email: Statement;
  private readonly phone: Statement;
  private readonly tag: Statement;
  private readonly fts: Statement;
  /** Source columns repeat ("Indeed", "Referral"): each distinct text is classified once per import. */
  private readonly sources = new Map<string, { source: CandidateSource; detail: string }>();

  constructor(db: Db) {
    this.candidate = db.prepare(`INSERT INTO candidates (id, full_name, name_key, location, linkedin_url, portfolio_url, source_kind,
      source_detail, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.email = db.prepare('INSERT OR IGNORE INTO candidate_emails (candidate_id, email, email_norm, position) VALUES (?, ?, ?, ?)');
    this.phone = db.prepare('INSERT OR IGNORE INTO candidate_phones (candidate_id, phone, phone_norm, position) VALUES (?, ?, ?, ?)');
    this.tag = db.prepare('INSERT OR IGNORE INTO candidate_tags (candidate_id, tag, tag_norm) VALUES (?, ?, ?)');
    this.fts = db.prepare('INSERT INTO candidates_fts (rowid, name, emails, phones, tags, resume_text) VALUES (?, ?, ?, ?, ?, ?)');
  }

  /** Inserts one candidate with its emails, phones, tags and search entry. */
  insert(id: string, draft: CandidateDraft, at: string): void {
    let known = this.sources.get(draft.source);
    if (known === undefined) {
      known = sourceFromText(draft.source);
      if (this.sources.size < 1000) this.sources.set(draft.source, known);
    }
    const { source, detail } = known;
    const seq = this.candidate.run(
      id, draft.name, nameKey(draft.name), draft.location, cleanUrl(draft.linkedin), cleanUrl(draft.portfolio),
      source, detail, draft.summary, at, at,
    ).lastInsertRowid;
    draft.emails.forEach((email, i) => this.email.run(id, email, normalizeEmail(email), i));
    draft.phones.forEach((phone, i) => this.phone.run(id, phone, phoneDigits(phone), i));
    for (const tag of draft.tags) this.tag.run(id, tag, normalizeTag(tag));
    this.fts.run(seq, draft.name, draft.emails.join(' '), draft.phones.flatMap(phoneSearchTokens).join(' '), draft.tags.join(' '), '');
  }
}

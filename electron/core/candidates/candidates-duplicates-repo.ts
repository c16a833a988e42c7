// Finds candidates who may be the same person as a draft or a stored candidate: the same email (any
// case), the same phone (last nine digits) or a very similar name. Runs in plain Node (SQL + rules).
import type { DuplicateMatch, DuplicateReason } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { jaroWinkler, nameKey, NAME_SIMILARITY_THRESHOLD, normalizeEmail, phoneDigits, phonesMatch, PHONE_TAIL_DIGITS } from './candidates-rules';

export interface DuplicateProbe {
  fullName: string;
  emails: readonly string[];
  phones: readonly string[];
}

/** At most this many same-prefix names are compared by similarity (keeps a check under a few ms). */
const NAME_BLOCK_LIMIT = 5000;
const MAX_MATCHES = 20;

type Hits = Map<string, { reasons: Set<DuplicateReason>; nameScore: number }>;

function hit(hits: Hits, id: string, reason: DuplicateReason, nameScore = 0): void {
  const entry = hits.get(id) ?? { reasons: new Set<DuplicateReason>(), nameScore: 0 };
  entry.reasons.add(reason);
  entry.nameScore = Math.max(entry.nameScore, nameScore);
  hits.set(id, entry);
}

function emailHits(db: Db, probe: DuplicateProbe, hits: Hits): void {
  const emails = probe.emails.map(normalizeEmail).filter((email) => email !== '');
  if (emails.length === 0) return;
  const sql = 'SELECT DISTINCT candidate_id FROM candidate_emails WHERE email_norm IN (SELECT value FROM json_each(?))';
  for (const id of statement(db, sql).pluck().all(JSON.stringify(emails)) as string[]) hit(hits, id, 'email');
}

function phoneHits(db: Db, probe: DuplicateProbe, hits: Hits): void {
  const byTail = statement(db, 'SELECT candidate_id, phone FROM candidate_phones WHERE phone_tail = ?');
  // A number shorter than the tail is its own tail, so this index also answers the exact lookup.
  const exact = statement(db, 'SELECT candidate_id, phone FROM candidate_phones WHERE phone_tail = ? AND phone_norm = ?');
  for (const phone of probe.phones) {
    const digits = phoneDigits(phone);
    if (digits.length < 3) continue;
    const rows = (digits.length >= PHONE_TAIL_DIGITS ? byTail.all(digits.slice(-PHONE_TAIL_DIGITS)) : exact.all(digits, digits)) as {
      candidate_id: string;
      phone: string;
    }[];
    for (const row of rows) if (phonesMatch(phone, row.phone)) hit(hits, row.candidate_id, 'phone');
  }
}

/** Exact word-sorted name first (indexed), then Jaro–Winkler within names sharing the first two letters. */
function nameHits(db: Db, probe: DuplicateProbe, hits: Hits): void {
  const key = nameKey(probe.fullName);
  if (key === '') return;
  for (const id of statement(db, 'SELECT id FROM candidates WHERE name_key = ?').pluck().all(key) as string[]) hit(hits, id, 'name', 1);
  const prefix = key.slice(0, 2);
  const block = statement(db, 'SELECT id, name_key FROM candidates WHERE name_key >= ? AND name_key < ? AND name_key <> ? LIMIT ?').all(
    prefix,
    `${prefix}\uffff`,
    key,
    NAME_BLOCK_LIMIT,
  ) as { id: string; name_key: string }[];
  for (const row of block) {
    const score = jaroWinkler(key, row.name_key);
    if (score >= NAME_SIMILARITY_THRESHOLD) hit(hits, row.id, 'name', score);
  }
}

function describe(db: Db, id: string, found: { reasons: Set<DuplicateReason>; nameScore: number }): DuplicateMatch | null {
  const fullName = statement(db, 'SELECT full_name FROM candidates WHERE id = ?').pluck().get(id) as string | undefined;
  if (fullName === undefined) return null;
  const emails = statement(db, 'SELECT email FROM candidate_emails WHERE candidate_id = ? ORDER BY position').pluck().all(id) as string[];
  const phones = statement(db, 'SELECT phone FROM candidate_phones WHERE candidate_id = ? ORDER BY position').pluck().all(id) as string[];
  const reasons = (['email', 'phone', 'name'] as const).filter((reason) => found.reasons.has(reason));
  return { candidateId: id, fullName, emails, phones, reasons, nameScore: Math.round(found.nameScore * 1000) / 1000 };
}

/** Possible duplicates of the probe, strongest first (more reasons, then closer names); `excludeId` is skipped. */
export function findDuplicates(db: Db, probe: DuplicateProbe, excludeId?: string): DuplicateMatch[] {
  const hits: Hits = new Map();
  emailHits(db, probe, hits);
  phoneHits(db, probe, hits);
  nameHits(db, probe, hits);
  if (excludeId !== undefined) hits.delete(excludeId);
  const matches = [...hits].flatMap(([id, found]) => {
    const match = describe(db, id, found);
    return match ? [match] : [];
  });
  matches.sort((a, b) => b.reasons.length - a.reasons.length || b.nameScore - a.nameScore || a.fullName.localeCompare(b.fullName));
  return matches.slice(0, MAX_MATCHES);
}

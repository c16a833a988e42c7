// The in-memory duplicate map an import builds once: every stored email and phone key to its candidate,
// so rows are matched without a query per row. Runs in plain Node (core).
import type { Db } from '../db/open-database';
import { phoneKey } from './csv-row-rules';

export function loadDuplicateKeys(db: Db): Map<string, string> {
  const keys = new Map<string, string>();
  // Oldest candidate first (seq order), so the first stored owner of an email or phone wins.
  const emails = db.prepare(`SELECT e.email_norm, e.candidate_id FROM candidates c JOIN candidate_emails e ON e.candidate_id = c.id
    ORDER BY c.seq, e.position`).raw().all() as [string, string][];
  for (const [email, id] of emails) if (!keys.has(`e:${email}`)) keys.set(`e:${email}`, id);
  const phones = db.prepare(`SELECT p.phone_norm, p.candidate_id FROM candidates c JOIN candidate_phones p ON p.candidate_id = c.id
    ORDER BY c.seq, p.position`).raw().all() as [string, string][];
  for (const [phone, id] of phones) {
    const key = phoneKey(phone);
    if (key !== null && !keys.has(`p:${key}`)) keys.set(`p:${key}`, id);
  }
  return keys;
}

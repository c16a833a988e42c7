// The in-memory duplicate map an import builds once: every stored email and phone key to its candidate,
// so rows are matched without a query per row. Runs in plain Node (core).
import type { Db } from '../db/open-database';
import { phoneKey } from './csv-row-rules';

export function loadDuplicateKeys(db: Db): Map<string, string> {
  const keys = new Map<string, string>();
  const emails = db.prepare('SELECT email_norm, candidate_id FROM candidate_emails ORDER BY rowid').raw().all() as [string, string][];
  for (const [email, id] of emails) if (!keys.has(`e:${email}`)) keys.set(`e:${email}`, id);
  const phones = db.prepare('SELECT phone_norm, candidate_id FROM candidate_phones ORDER BY rowid').raw().all() as [string, string][];
  for (const [phone, id] of phones) {
    const key = phoneKey(phone);
    if (key !== null && !keys.has(`p:${key}`)) keys.set(`p:${key}`, id);
  }
  return keys;
}

// Which stored candidate already has an email or phone, asked once per batch of import rows: one indexed
// query per kind (candidate_emails_by_norm, candidate_phones_by_tail), so an import holds only its own
// batch's keys in memory, not every stored key. The oldest candidate owns a key. Also the names of the
// candidates skipped rows matched. Runs in plain Node (core).
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open-database';
import { phoneKey } from './csv-row-rules';

export class StoredKeys {
  private readonly emails: Statement<[string], [string, string]>;
  private readonly phones: Statement<[string], [string, string]>;
  private readonly fullNames: Statement<[string], [string, string]>;

  constructor(db: Db) {
    this.emails = db
      .prepare<[string], [string, string]>(`SELECT e.email_norm, e.candidate_id FROM candidate_emails e JOIN candidates c ON c.id = e.candidate_id
        WHERE e.email_norm IN (SELECT value FROM json_each(?)) ORDER BY c.seq, e.position`)
      .raw();
    this.phones = db
      .prepare<[string], [string, string]>(`SELECT p.phone_norm, p.candidate_id FROM candidate_phones p JOIN candidates c ON c.id = p.candidate_id
        WHERE p.phone_tail IN (SELECT value FROM json_each(?)) ORDER BY c.seq, p.position`)
      .raw();
    this.fullNames = db.prepare<[string], [string, string]>('SELECT id, full_name FROM candidates WHERE id IN (SELECT value FROM json_each(?))').raw();
  }

  /** The names of stored candidates, by id (for naming whom a skipped row matched). */
  names(ids: readonly string[]): Map<string, string> {
    return new Map(ids.length === 0 ? [] : this.fullNames.all(JSON.stringify(ids)));
  }

  /** For each key ("e:" normalized email, "p:" phoneKey) a stored candidate has, the oldest such candidate's id. */
  owners(keys: ReadonlySet<string>): Map<string, string> {
    const emails: string[] = [];
    const phones: string[] = [];
    for (const key of keys) (key.startsWith('e:') ? emails : phones).push(key.slice(2));
    const owners = new Map<string, string>();
    const own = (key: string, id: string): void => {
      if (keys.has(key) && !owners.has(key)) owners.set(key, id);
    };
    if (emails.length > 0) for (const [email, id] of this.emails.all(JSON.stringify(emails))) own(`e:${email}`, id);
    if (phones.length > 0) {
      for (const [phone, id] of this.phones.all(JSON.stringify(phones))) {
        const key = phoneKey(phone);
        if (key !== null) own(`p:${key}`, id);
      }
    }
    return owners;
  }
}

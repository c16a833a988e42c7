// Migration 16: notes join the candidates' search index, and one-letter keys get a prefix index.
// - candidates_fts gains two columns: notes (the notes written on the person's applications) and
//   interview_notes (the notes and takeaways on their interviews' scorecards), so the command palette, the
//   candidates table and `hirebook search` find a person by what was written about them.
// - prefix = '1 2 3' (was '2 3'): a first letter typed ("m") reads one prefix entry instead of merging the
//   lists of every word that starts with it, which cost 60–140 ms at 100,000–300,000 candidates.
// FTS5 cannot add columns or prefix indexes to a table, so the index is dropped and built again from the
// stored rows in one INSERT … SELECT: 12 s at 100,000 candidates with 10,000 résumés and a million words of
// notes (5 s of it CPU), 35 s at 300,000 (15 s CPU), on a busy two-core machine (scripts/bench-search.ts).
// Its delete trigger is written out again with it. Dropping the old table also drops every segment row it
// kept, so nothing of an erased person survives in the new one.
// Runs in plain Node inside migrate(). Released migrations are frozen: the phone words and the text cap
// are copied here from candidates-rules.ts and candidates-search-repo.ts as they are today.
import type { Migration } from './migration';

/** Text beyond this many characters per column is not indexed (as candidates-search-repo.ts). */
const MAX_INDEXED_TEXT = 500_000;

/** The words a phone number is found by: all its digits and its last 10, 9 and 7 (as candidates-rules.ts). */
function phoneWords(phonesJson: string): string {
  const phones = JSON.parse(phonesJson) as string[];
  return phones
    .flatMap((phone) => {
      const digits = phone.replace(/\D/g, '');
      if (digits.length === 0) return [];
      return [digits, ...[10, 9, 7].filter((n) => digits.length > n).map((n) => digits.slice(-n))];
    })
    .join(' ');
}

const INDEX = `
DROP TRIGGER IF EXISTS candidates_fts_after_delete;
DROP TABLE IF EXISTS candidates_fts;
CREATE VIRTUAL TABLE candidates_fts USING fts5(
  name, emails, phones, tags, resume_text, notes, interview_notes,
  content = '', contentless_delete = 1, detail = column,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE TRIGGER candidates_fts_after_delete AFTER DELETE ON candidates BEGIN
  DELETE FROM candidates_fts WHERE rowid = old.seq;
END;
`;

const FILL = `INSERT INTO candidates_fts (rowid, name, emails, phones, tags, resume_text, notes, interview_notes)
SELECT c.seq, c.full_name,
  coalesce((SELECT group_concat(email, ' ') FROM candidate_emails WHERE candidate_id = c.id), ''),
  hirebook_phone_words((SELECT json_group_array(phone) FROM candidate_phones WHERE candidate_id = c.id)),
  coalesce((SELECT group_concat(tag, ' ') FROM candidate_tags WHERE candidate_id = c.id), ''),
  substr(coalesce((SELECT group_concat(extracted_text, ' ') FROM attachments WHERE candidate_id = c.id), ''), 1, ${MAX_INDEXED_TEXT}),
  substr(coalesce((SELECT group_concat(n.body, ' ') FROM applications a JOIN application_notes n ON n.application_id = a.id
    WHERE a.candidate_id = c.id), ''), 1, ${MAX_INDEXED_TEXT}),
  substr(coalesce((SELECT group_concat(s.notes || ' ' || s.takeaways, ' ') FROM applications a JOIN interviews i ON i.application_id = a.id
    JOIN scorecards s ON s.interview_id = i.id WHERE a.candidate_id = c.id), ''), 1, ${MAX_INDEXED_TEXT})
FROM candidates c ORDER BY c.seq`;

export const migration0016: Migration = {
  version: 16,
  name: 'search-notes',
  up(db) {
    db.exec(INDEX);
    db.function('hirebook_phone_words', { deterministic: true }, (json: unknown) => phoneWords(typeof json === 'string' ? json : '[]'));
    db.exec(FILL);
  },
};

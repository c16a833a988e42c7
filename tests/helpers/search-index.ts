// Test helper: the words the candidates' search index holds, as the index itself lists them (an fts5vocab
// table over it, made in a connection of its own). Its raw rows are no good for this: a word is stored as its
// tail after a word that shares its start. Runs in Vitest (Node).
import Database from 'better-sqlite3';

/** Every word in candidates_fts (lower case, accents removed, as indexed), in the index's order. */
export function indexTerms(databasePath: string): string[] {
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    db.exec('CREATE VIRTUAL TABLE temp.candidates_words USING fts5vocab(main, candidates_fts, row)');
    return db.prepare('SELECT term FROM temp.candidates_words').pluck().all() as string[];
  } finally {
    db.close();
  }
}

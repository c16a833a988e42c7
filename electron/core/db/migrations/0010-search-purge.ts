// Migration 10: the candidates' search index drops what it still held of people deleted before this version.
// The index is contentless (it keeps no copy of the text, so it cannot know a deleted entry's words): a
// delete only marks the entry gone, and the name, e-mail and résumé words stayed in its segment rows
// (candidates_fts_data) until a merge happened to reach them. Optimizing merges every segment and leaves
// out what was deleted; from now on each erasure does the same (candidates-search-repo purgeSearchIndex).
// Runs in plain Node inside migrate().
import type { Migration } from './migration';

export const migration0010: Migration = {
  version: 10,
  name: 'search-purge',
  up(db) {
    db.exec("INSERT INTO candidates_fts (candidates_fts) VALUES ('optimize');");
  },
};

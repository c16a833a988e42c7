// Migration 17: a stand-in on this branch only. Number 17 belongs to work on another branch (migrate() refuses
// gaps in the steps); when the branches meet, that branch's 0017 replaces this file. It changes nothing.
import type { Migration } from './migration';

export const migration0017: Migration = {
  version: 17,
  name: 'reserved',
  up() {
    // Nothing: see the note above.
  },
};

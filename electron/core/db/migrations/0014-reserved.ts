// Migration 14: reserved. The lead assigned number 14 to work on another branch; this empty step stands in
// for it on this branch only, so the steps still count up with no gaps. Drop this file when merging that one.
// Runs in plain Node inside migrate().
import type { Migration } from './migration';

export const migration0014: Migration = {
  version: 14,
  name: 'reserved',
  up() {
    // Nothing: the real step 14 lives on another branch.
  },
};

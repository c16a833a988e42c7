// The test helper watchTables (tests/helpers/temp-core.ts), which the fuzz test trusts to see any change a
// refused call makes: it must fail on a commit that changed a row, pass when nothing was committed or a
// commit changed nothing, and see a database file replaced under it. Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir, watchTables } from '../helpers/temp-core';

function database(): { file: string; writer: Database.Database } {
  const file = path.join(tempDir(), 'hirebook.db');
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t (v) VALUES ('a');");
  return { file, writer };
}

describe('watchTables', () => {
  it('passes when nothing was committed, and when a commit left every row as it was', () => {
    const { file, writer } = database();
    const watch = watchTables(file);
    watch.mark();
    watch.expectUnchanged();
    writer.prepare("UPDATE t SET v = 'a'").run();
    watch.expectUnchanged();
    watch.close();
    writer.close();
  });

  it('fails when another connection changed a row, until the new state is marked', () => {
    const { file, writer } = database();
    const watch = watchTables(file);
    watch.mark();
    writer.prepare("UPDATE t SET v = 'b'").run();
    expect(() => watch.expectUnchanged()).toThrow();
    watch.mark();
    watch.expectUnchanged();
    watch.close();
    writer.close();
  });

  it('sees a database file replaced by another with different rows', () => {
    const { file, writer } = database();
    const watch = watchTables(file);
    watch.mark();
    writer.close();
    const other = path.join(path.dirname(file), 'other.db');
    const db = new Database(other);
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t (v) VALUES ('z');");
    db.close();
    fs.renameSync(other, file);
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    expect(() => watch.expectUnchanged()).toThrow();
    watch.close();
  });
});

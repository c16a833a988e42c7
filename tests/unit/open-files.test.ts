// Backups opened from outside the desktop app (electron/main/open-files.ts): which command-line arguments
// name one, and the opener that grants each real backup file to the core and tells the page only once it
// listens — holding files while the page loads, and trying again when no core could take the grant.
// Runs in Vitest (Node) on real files in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathsIn, createFileOpener } from '../../electron/main/open-files';

describe('backupPathsIn', () => {
  it('takes each .hirebook-backup named, relative ones from the working folder, once, and nothing else', () => {
    const cwd = path.resolve('/home/owner/Downloads');
    const argv = ['--enable-logging', 'notes.txt', 'old.hirebook-backup', path.resolve('/backups/Shop.HIREBOOK-BACKUP'), 'old.hirebook-backup', '-psn_0_1234'];
    expect(backupPathsIn(argv, cwd)).toEqual([path.join(cwd, 'old.hirebook-backup'), path.resolve('/backups/Shop.HIREBOOK-BACKUP')]);
    expect(backupPathsIn([], cwd)).toEqual([]);
  });
});

describe('the file opener', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-open-files-'));
  const backup = path.join(folder, 'shop.hirebook-backup');
  const second = path.join(folder, 'second.hirebook-backup');
  fs.writeFileSync(backup, 'archive');
  fs.writeFileSync(second, 'archive');
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'x');

  function world(grantable = true) {
    const granted: string[] = [];
    const sent: string[] = [];
    const warned: string[] = [];
    const state = { grantable };
    const opener = createFileOpener({
      grant: (p) => {
        if (!state.grantable) return false;
        granted.push(p);
        return true;
      },
      send: (p) => void sent.push(p),
      warn: (m) => void warned.push(m),
    });
    return { opener, granted, sent, warned, state };
  }

  it('holds a file until the page listens, then grants it and tells the page, once', () => {
    const { opener, granted, sent } = world();
    opener.open(backup);
    opener.open(backup);
    expect(sent).toEqual([]);
    opener.pageReady();
    expect(granted).toEqual([backup]);
    expect(sent).toEqual([backup]);
    // While listening, a file goes straight through.
    opener.open(second);
    expect(sent).toEqual([backup, second]);
    // A reload: held again until the page says it listens.
    opener.pageGone();
    opener.open(backup);
    expect(sent).toEqual([backup, second]);
    opener.pageReady();
    expect(sent).toEqual([backup, second, backup]);
  });

  it('refuses what is not a backup file (another file, a missing one, a relative path) and says so', () => {
    const { opener, sent, granted, warned } = world();
    opener.pageReady();
    for (const p of [path.join(folder, 'notes.txt'), path.join(folder, 'gone.hirebook-backup'), 'shop.hirebook-backup', folder]) opener.open(p);
    expect(granted).toEqual([]);
    expect(sent).toEqual([]);
    expect(warned).toHaveLength(4);
    expect(warned[0]).toMatch(/is not a Hirebook backup file/);
  });

  it('keeps the file when no core can take the grant (a reopen), and tells the page when it is back', () => {
    const { opener, sent, state } = world(false);
    opener.pageReady();
    opener.open(backup);
    expect(sent).toEqual([]);
    state.grantable = true;
    opener.pageReady();
    expect(sent).toEqual([backup]);
  });
});

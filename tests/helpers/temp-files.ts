// Files on disk for tests: the core reads files by path (no bytes cross IPC), so a test writes what it
// wants to hand over into this process's own temp folder, removed when the process exits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let folder: string | null = null;
let counter = 0;

function tempFolder(): string {
  if (folder === null) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-test-files-'));
    folder = made;
    process.once('exit', () => fs.rmSync(made, { recursive: true, force: true }));
  }
  return folder;
}

/** Writes `content` to a new file called `name` (in its own subfolder, so names may repeat) and returns its absolute path. */
export function fileOnDisk(name: string, content: string | Uint8Array): string {
  counter += 1;
  const dir = path.join(tempFolder(), String(counter));
  fs.mkdirSync(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

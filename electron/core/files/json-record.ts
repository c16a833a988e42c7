// The data folder's small JSON records (health.json, backups.json): written whole through a temporary
// file and a rename, so a reader never sees half of one, and read back with a size limit. Runs in plain Node.
import fs from 'node:fs';
import { readFileLimited } from './read-file';

/** Writes `value` as JSON to `file` through `<file>.<pid>.tmp`; on failure the temp file is removed and the error thrown. */
export function writeJsonRecord(file: string, value: unknown): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Reads a record written by writeJsonRecord (at most 64 KB); throws when it is missing, too large or not JSON. */
export function readJsonRecord(file: string): unknown {
  const { bytes } = readFileLimited(file, { maxBytes: 64 * 1024, what: 'record' });
  return JSON.parse(bytes.toString('utf8')) as unknown;
}

// How much room the data folder's disk has, for the disk-full message. Runs in plain Node.
import fs from 'node:fs';

/** Free bytes available to this user on the disk holding `dir`, or null when the system will not say. */
export function freeBytes(dir: string): number | null {
  try {
    const stats = fs.statfsSync(dir);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

/** The size of a file in bytes, 0 when it cannot be read. */
export function fileBytes(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

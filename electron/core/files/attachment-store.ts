// Content-addressed file storage: attachments/<sha256>, never a user-given name, so a file name
// can never escape the folder and identical files are stored once. Runs in plain Node.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function attachmentPath(attachmentsDir: string, sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error('Not a sha256 digest');
  return path.join(attachmentsDir, sha256);
}

/** Stores the bytes (if not already there) and returns their sha256. Written via a temp file and
 * rename, so a crash never leaves a half-written file under a valid digest. */
export function putAttachment(attachmentsDir: string, bytes: Buffer): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = attachmentPath(attachmentsDir, sha256);
  if (fs.existsSync(target)) return sha256;
  fs.mkdirSync(attachmentsDir, { recursive: true });
  const temp = path.join(attachmentsDir, `.tmp-${randomUUID()}`);
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
  return sha256;
}

/** The stored bytes, or null when the file is missing (e.g. removed by hand). */
export function readAttachment(attachmentsDir: string, sha256: string): Buffer | null {
  try {
    return fs.readFileSync(attachmentPath(attachmentsDir, sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Removes stored bytes (when no record uses them any more); a file already gone is fine. */
export function removeAttachment(attachmentsDir: string, sha256: string): void {
  fs.rmSync(attachmentPath(attachmentsDir, sha256), { force: true });
}

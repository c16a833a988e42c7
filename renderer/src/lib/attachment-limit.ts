// Renderer: the résumé / file size limit as the owner reads it, checked before a file is sent to the core
// (which checks again): the limit in MB for hints, and the refusal that names the file and what to do.
import { CANDIDATE_LIMITS } from '../../../electron/contract';
import { formatBytes } from './read-file';

export const ATTACHMENT_LIMIT_MB = CANDIDATE_LIMITS.attachmentBytes / (1024 * 1024);

/** Why `file` cannot be added, or null when its size is fine. */
export function attachmentTooLarge(file: { name: string; size: number }): string | null {
  if (file.size <= CANDIDATE_LIMITS.attachmentBytes) return null;
  return `“${file.name}” is ${formatBytes(file.size)}, over the ${ATTACHMENT_LIMIT_MB} MB limit. Save a smaller copy (for example a PDF without photos) and add that.`;
}

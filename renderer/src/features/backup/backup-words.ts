// Renderer: backups in plain words: sizes ("4.2 MB"), moments ("Today 09:12"), counts ("3 candidates") and
// the phase a backup or restore is in.
import type { BackupProgress, BackupSummary } from '../../../../electron/contract';

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** 1 KB = 1,024 bytes, as the core counts its budget ("up to 5 GB") and Windows shows sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1).replace(/\.0$/, '')} ${units[unit]}`;
}

/** The file name at the end of a path (either separator). */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** What the archive holds, e.g. "2 roles, 3 candidates, 3 files". */
export function summaryCounts(summary: BackupSummary): string {
  return `${plural(summary.roles, 'role', 'roles')}, ${plural(summary.candidates, 'candidate', 'candidates')}, ${plural(summary.attachments, 'file', 'files')}`;
}

export const PHASE_WORDS: Record<BackupProgress['phase'], string> = {
  snapshot: 'Copying the data file',
  files: 'Copying candidates’ files',
  verify: 'Checking the backup',
  decrypt: 'Unlocking the backup',
  extract: 'Unpacking the backup',
  check: 'Checking the data',
};

/** "Copying candidates’ files · 40% (36 MB of 90 MB)": the phase, and how far it got (bytes when they say something). */
export function progressCount(p: { phase: BackupProgress['phase'] | null; done: number; total: number }): string {
  const words = p.phase ? PHASE_WORDS[p.phase] : 'Working';
  if (p.total <= 0) return `${words}…`;
  const percent = `${Math.min(100, Math.round((p.done / p.total) * 100))}%`;
  return p.total >= 1024 * 1024 ? `${words} · ${percent} (${formatBytes(p.done)} of ${formatBytes(p.total)})` : `${words} · ${percent}`;
}

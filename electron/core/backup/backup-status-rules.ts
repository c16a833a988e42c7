// What the owner is told about backups, decided once: which backup counts as the last good one, and the
// warnings (no good backup for 7 days, the second folder missing). Pure; runs anywhere in the core.
import type { GoodBackup } from '../../contract';

export const NO_GOOD_BACKUP_DAYS = 7;
const DAY_MS = 86_400_000;

/** The later of the recorded last good backup and the newest automatic archive (each checked when written). */
export function latestGood(recorded: GoodBackup | null, newestAuto: GoodBackup | null): GoodBackup | null {
  if (!recorded) return newestAuto;
  if (!newestAuto) return recorded;
  return Date.parse(newestAuto.takenAt) > Date.parse(recorded.takenAt) ? newestAuto : recorded;
}

export function secondFolderMissingWarning(folder: string): string {
  return `The second backup folder ${folder} cannot be found (is the USB stick or drive plugged in?). Backups are kept in the data folder only until it is back.`;
}

export function backupWarnings(input: { lastGood: GoodBackup | null; secondFolder: string | null; secondFolderFound: boolean; now: Date }): string[] {
  const warnings: string[] = [];
  const { lastGood, now } = input;
  if (!lastGood) warnings.push('No backup has been made yet. Back up now, so a lost or broken laptop does not take your hiring data with it.');
  else if (now.getTime() - Date.parse(lastGood.takenAt) >= NO_GOOD_BACKUP_DAYS * DAY_MS) {
    const days = Math.floor((now.getTime() - Date.parse(lastGood.takenAt)) / DAY_MS);
    warnings.push(`No backup has succeeded for ${days} days. Back up now.`);
  }
  if (input.secondFolder && !input.secondFolderFound) warnings.push(secondFolderMissingWarning(input.secondFolder));
  return warnings;
}

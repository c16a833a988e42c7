// Which automatic backups to keep (backup-auto.ts applies it after each automatic backup, in backups/ and in the second folder).
// Grandfather-father-son: the newest archive of each of the last 7 days that have one, of each of the
// last 4 weeks (ISO weeks, Monday first) and of each of the last 6 months; then, oldest first, drop kept
// ones until they fit the disk budget, never the newest. Days, weeks and months are in UTC so the choice
// does not move with the computer's time zone. Pure; runs anywhere in the core.

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  /** Bytes all kept archives may take together. */
  budgetBytes: number;
}

export interface ArchiveInfo {
  name: string;
  createdAt: Date;
  bytes: number;
}

const GB = 1024 * 1024 * 1024;

/** The default budget: 5 GB, or a tenth of the free space when that is less. */
export function defaultBudget(freeBytes: number): number {
  return Math.max(0, Math.min(5 * GB, Math.floor(freeBytes / 10)));
}

export const DEFAULT_ROTATION = { daily: 7, weekly: 4, monthly: 6 } as const;

const dayKey = (date: Date): string => date.toISOString().slice(0, 10);
const monthKey = (date: Date): string => date.toISOString().slice(0, 7);

/** The Monday (UTC) starting the ISO week `date` falls in, as a day key. */
function weekKey(date: Date): string {
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return dayKey(monday);
}

/** The names to keep, newest first; every other automatic archive may be deleted. */
export function archivesToKeep(archives: readonly ArchiveInfo[], policy: RotationPolicy): string[] {
  const newestFirst = [...archives].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name));
  const kept = new Set<string>();
  const tiers: { limit: number; key: (date: Date) => string; seen: Set<string> }[] = [
    { limit: policy.daily, key: dayKey, seen: new Set() },
    { limit: policy.weekly, key: weekKey, seen: new Set() },
    { limit: policy.monthly, key: monthKey, seen: new Set() },
  ];
  for (const archive of newestFirst) {
    for (const tier of tiers) {
      const key = tier.key(archive.createdAt);
      if (tier.seen.has(key) || tier.seen.size >= tier.limit) continue;
      tier.seen.add(key);
      kept.add(archive.name);
    }
  }
  const keptNewestFirst = newestFirst.filter((archive) => kept.has(archive.name));
  let total = keptNewestFirst.reduce((sum, archive) => sum + archive.bytes, 0);
  while (total > policy.budgetBytes && keptNewestFirst.length > 1) {
    total -= (keptNewestFirst.pop() as ArchiveInfo).bytes;
  }
  return keptNewestFirst.map((archive) => archive.name);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day by which the archive `name` leaves the kept set if an automatic backup keeps being made once a day
 * from `from` on (the disk budget left aside: it can only make that sooner); null when it would still be
 * kept after `limitDays`. An archive the tiers dropped never comes back, so only the kept ones are carried.
 */
export function rotatesOutBy(archives: readonly ArchiveInfo[], name: string, from: Date, policy: Omit<RotationPolicy, 'budgetBytes'> = DEFAULT_ROTATION, limitDays = 400): Date | null {
  const unlimited = { ...policy, budgetBytes: Number.POSITIVE_INFINITY };
  let kept = [...archives];
  for (let day = 1; day <= limitDays; day++) {
    const at = new Date(from.getTime() + day * DAY_MS);
    kept.push({ name: `\u0000future-${day}`, createdAt: at, bytes: 0 });
    const keep = new Set(archivesToKeep(kept, unlimited));
    if (!keep.has(name)) return at;
    kept = kept.filter((archive) => keep.has(archive.name));
  }
  return null;
}

// What the owner is told about the backups that still hold a person after an erasure: how many, which may
// (unknown), and when rotation removes them. Pure; runs anywhere in the core.
import type { BackupHolding } from '../../contract';

type Archive = BackupHolding['archives'][number];

const day = (iso: string): string => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const backups = (n: number): string => (n === 1 ? '1 backup' : `${n} backups`);

/** The sentence shown after erasing or anonymising someone (and by the CLI). */
export function holdingMessage(archives: readonly Archive[]): string {
  const holding = archives.filter((a) => a.state === 'holds');
  const encrypted = archives.filter((a) => a.state === 'unknown_encrypted').length;
  const older = archives.filter((a) => a.state === 'unknown_older').length;
  const parts: string[] = [];
  if (holding.length === 0 && encrypted + older === 0) return 'No backup in the backups folder or the second folder holds this person.';
  if (holding.length > 0) {
    const dates = holding.map((a) => a.rotatesOutBy).filter((d): d is string => d !== null).sort();
    const kept = holding.length - dates.length;
    let sentence = `${backups(holding.length)} still ${holding.length === 1 ? 'holds' : 'hold'} this person`;
    if (dates.length > 0) {
      const first = dates[0] as string;
      const last = dates.at(-1) as string;
      sentence += first === last || dates.length === 1
        ? `; rotation removes ${dates.length === 1 ? 'it' : 'them'} by ${day(last)} if a backup is made each day`
        : `; the oldest rotates out by ${day(first)}, the last by ${day(last)}, if a backup is made each day`;
    }
    parts.push(`${sentence}.`);
    if (kept > 0) parts.push(`${kept === 1 ? 'One of them is' : `${kept} of them are`} not automatic and ${kept === 1 ? 'stays' : 'stay'} until you delete ${kept === 1 ? 'it' : 'them'}.`);
  } else {
    parts.push('No backup is known to hold this person.');
  }
  if (encrypted > 0) parts.push(`${backups(encrypted)} may hold them: ${encrypted === 1 ? 'it is' : 'they are'} encrypted, so who ${encrypted === 1 ? 'it holds' : 'they hold'} is unknown without the passphrase.`);
  if (older > 0) parts.push(`${backups(older)} may hold them: made by an older Hirebook that did not list who a backup holds.`);
  parts.push('A restore from any of them erases or anonymises this person again before the restored data is used.');
  return parts.join(' ');
}

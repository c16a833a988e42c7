// The sentence shown after an erasure about the backups that still hold the person, and the day rotation
// removes an automatic archive (a backup made each day). Runs in Vitest (Node), pure.
import { describe, expect, it } from 'vitest';
import type { BackupHolding } from '../../electron/contract';
import { holdingMessage } from '../../electron/core/backup/backup-holding-rules';
import { rotatesOutBy } from '../../electron/core/backup/backup-rotation-rules';

type Archive = BackupHolding['archives'][number];
const archive = (state: Archive['state'], rotatesOut: string | null = null): Archive => ({ path: '/b/x', name: 'x', folder: 'backups', state, rotatesOutBy: rotatesOut });

describe('holdingMessage', () => {
  it('says when nothing holds the person', () => {
    expect(holdingMessage([])).toBe('No backup in the backups folder or the second folder holds this person.');
    expect(holdingMessage([archive('does_not_hold')])).toBe('No backup in the backups folder or the second folder holds this person.');
  });

  it('counts the holding ones with the first and last day rotation removes them, and the ones kept by hand', () => {
    const text = holdingMessage([archive('holds', '2026-03-23T10:00:00.000Z'), archive('holds', '2026-09-01T10:00:00.000Z'), archive('holds'), archive('does_not_hold')]);
    expect(text).toBe(
      '3 backups still hold this person; the oldest rotates out by 23 March 2026, the last by 1 September 2026, if a backup is made each day. ' +
        'One of them is not automatic and stays until you delete it. A restore from any of them erases or anonymises this person again before the restored data is used.',
    );
  });

  it('says which may hold them: encrypted (unknown without the passphrase) and older', () => {
    const text = holdingMessage([archive('unknown_encrypted'), archive('unknown_encrypted'), archive('unknown_older')]);
    expect(text).toMatch(/^No backup is known to hold this person\. 2 backups may hold them: they are encrypted, so who they hold is unknown without the passphrase\. 1 backup may hold them: made by an older Hirebook/);
  });
});

describe('rotatesOutBy', () => {
  const day = (iso: string) => ({ name: iso, createdAt: new Date(iso), bytes: 1 });

  it('a day that is also its week’s newest goes when four newer weeks have one', () => {
    const archives = [day('2026-03-01T10:00:00.000Z'), day('2026-03-02T10:00:00.000Z')];
    expect(rotatesOutBy(archives, '2026-03-01T10:00:00.000Z', new Date('2026-03-02T10:00:00.000Z'))?.toISOString()).toBe('2026-03-23T10:00:00.000Z');
  });

  it('a month’s newest stays until six newer months have one; an archive kept only as a day goes after seven', () => {
    const archives = [day('2026-01-31T10:00:00.000Z'), day('2026-02-02T10:00:00.000Z'), day('2026-02-03T10:00:00.000Z')];
    const from = new Date('2026-02-03T10:00:00.000Z');
    expect(rotatesOutBy(archives, '2026-01-31T10:00:00.000Z', from)?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(rotatesOutBy(archives, '2026-02-02T10:00:00.000Z', from)?.toISOString()).toBe('2026-02-09T10:00:00.000Z');
  });
});

// Renderer: the app-wide notices above every screen: the data file is damaged or read-only (what happened,
// the newest backup to go back to and what that would lose, "Restore this backup", "Save a salvage copy…"),
// the softer backup warnings (no good backup for 7 days, the second folder missing) with "Back up now",
// dismissible for the session, and the overlay while quitting waits for an automatic backup.
import * as Dialog from '@radix-ui/react-dialog';
import { DatabaseBackup, History, LifeBuoy, OctagonAlert, TriangleAlert, X } from 'lucide-react';
import { useEffect } from 'react';
import type { BackupStatus } from '../../../../electron/contract';
import { Button, IconButton } from '../../components/Button';
import { JobProgress } from '../../components/JobProgress';
import { useBackupStore } from '../../stores/backup-store';
import { useDataHealthStore } from '../../stores/data-health-store';
import { whenInSentence } from '../../lib/dates';
import { progressCount } from '../backup/backup-words';

function SalvageOutcome() {
  const salvage = useDataHealthStore((s) => s.salvage);
  const error = useDataHealthStore((s) => s.salvageError);
  if (!salvage && !error) return null;
  return (
    <div className="banner-outcome" role="status">
      {salvage ? (
        <p>
          {salvage.message} <span className="mono">{salvage.path}</span>
        </p>
      ) : (
        <p className="batch-error">{error}</p>
      )}
      <Button size="sm" variant="ghost" onClick={() => useDataHealthStore.getState().dismissSalvage()}>
        OK
      </Button>
    </div>
  );
}

function DamagedBanner() {
  const health = useDataHealthStore((s) => s.health);
  const salvaging = useDataHealthStore((s) => s.salvaging);
  if (!health || (health.state !== 'damaged' && health.state !== 'read_only')) return null;
  const offer = health.newestBackup;
  const damaged = health.state === 'damaged';
  return (
    <section className="banner banner-danger" role="alert" aria-labelledby="damage-banner-title">
      <OctagonAlert size={20} aria-hidden="true" className="banner-icon" />
      <div className="banner-body">
        <h2 id="damage-banner-title" className="banner-title">
          {damaged ? 'Your data file is damaged: Hirebook is read-only' : 'Hirebook cannot save changes'}
        </h2>
        <p>{health.message}</p>
        {damaged && offer ? (
          <p className="banner-note">
            {health.backupNote ?? `The newest backup is ${offer.name}, taken ${whenInSentence(offer.takenAt)}.`}
          </p>
        ) : null}
        {damaged && !offer ? <p className="banner-note">No backup was found in the data folder. If you saved one elsewhere, restore it from there.</p> : null}
        {damaged ? (
          <div className="banner-actions">
            {offer ? (
              <Button variant="primary" size="sm" icon={<History size={14} aria-hidden="true" />} onClick={() => void useBackupStore.getState().startRestore(offer.path)}>
                Restore this backup
              </Button>
            ) : null}
            <Button size="sm" icon={<History size={14} aria-hidden="true" />} onClick={() => void useBackupStore.getState().startRestore()}>
              Restore another backup…
            </Button>
            <Button size="sm" icon={<LifeBuoy size={14} aria-hidden="true" />} onClick={() => void useDataHealthStore.getState().saveSalvageCopy()} disabled={salvaging} aria-busy={salvaging}>
              {salvaging ? 'Saving a salvage copy…' : 'Save a salvage copy…'}
            </Button>
          </div>
        ) : null}
        <SalvageOutcome />
      </div>
    </section>
  );
}

/**
 * The status's warnings, except "no backup made yet" while automatic backups are on: a new install gets its
 * first automatic backup today, and Settings → Data still says it. The rest (no good backup for 7 days, the
 * second folder missing) are shown.
 */
function shownWarnings(status: BackupStatus | null): string[] {
  if (!status) return [];
  if (status.lastGood || !status.automatic) return status.warnings;
  const second = status.secondFolder;
  return second ? status.warnings.filter((w) => w.includes(second)) : [];
}

function BackupWarnings() {
  const status = useBackupStore((s) => s.status);
  const warnings = shownWarnings(status);
  const dismissed = useBackupStore((s) => s.warningsDismissed);
  const damaged = useDataHealthStore((s) => s.health?.state === 'damaged' || s.health?.state === 'read_only');
  if (dismissed || damaged || warnings.length === 0) return null;
  return (
    <section className="banner banner-warning" aria-label="Backup warning">
      <TriangleAlert size={18} aria-hidden="true" className="banner-icon" />
      <div className="banner-body banner-body-row">
        <div>
          {warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
        <Button size="sm" variant="primary" icon={<DatabaseBackup size={14} aria-hidden="true" />} onClick={() => void useBackupStore.getState().startBackup()}>
          Back up now
        </Button>
      </div>
      <IconButton label="Hide this warning until Hirebook restarts" onClick={() => useBackupStore.getState().dismissWarnings()}>
        <X size={16} aria-hidden="true" />
      </IconButton>
    </section>
  );
}

export function DataBanners() {
  useEffect(() => {
    void useBackupStore.getState().loadStatus();
  }, []);
  return (
    <>
      <DamagedBanner />
      <BackupWarnings />
    </>
  );
}

/** Quitting waits (at most 10 s) for an automatic backup: a small overlay that cannot be dismissed. */
export function QuitBackupOverlay() {
  const quitting = useBackupStore((s) => s.quitting);
  const progress = useBackupStore((s) => s.quitProgress);
  return (
    <Dialog.Root open={quitting}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog quit-backup" aria-describedby={undefined} onEscapeKeyDown={(e) => e.preventDefault()} onPointerDownOutside={(e) => e.preventDefault()}>
          <Dialog.Title className="dialog-title">Backing up before Hirebook closes…</Dialog.Title>
          <JobProgress
            label="Backup before closing"
            done={progress.done}
            total={progress.total}
            count={progressCount(progress)}
            starting="Starting…"
          />
          <p className="muted">This takes a few seconds at most. A backup not finished in time is made at the next start.</p>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

// Renderer: Settings → Data → Backups: the last good backup, automatic backups on/off and their disk use,
// the second folder, the warnings, "Back up now…", "Restore from a backup…" and "Check the data file now".
// The dialogs themselves are the shell's (features/backup/BackupDialogs.tsx).
import { DatabaseBackup, FolderOpen, History, ShieldCheck, TriangleAlert } from 'lucide-react';
import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { useBackupStore } from '../../stores/backup-store';
import { useDataHealthStore } from '../../stores/data-health-store';
import { formatWhen, whenInSentence } from '../../lib/dates';
import { formatBytes } from '../backup/backup-words';

function LastGood() {
  const status = useBackupStore((s) => s.status);
  if (!status) return <>…</>;
  const last = status.lastGood;
  if (!last) return <>None yet. Make one with “Back up now…”.</>;
  const inDataFolder = last.path.startsWith(status.folder);
  const where = inDataFolder ? 'in the data folder’s backups' : `in ${last.path.slice(0, last.path.length - last.name.length - 1)}`;
  return (
    <>
      {formatWhen(last.takenAt)} · {formatBytes(last.bytes)} · {where}
      {last.automatic ? ' (automatic)' : ''}
    </>
  );
}

function SecondFolder() {
  const status = useBackupStore((s) => s.status);
  const saving = useBackupStore((s) => s.savingSettings);
  const { chooseSecondFolder, removeSecondFolder } = useBackupStore.getState();
  const folder = status?.secondFolder ?? null;
  return (
    <div className="backup-second">
      <div className="backup-second-text">
        {folder ? (
          <>
            <span className="mono">{folder}</span>
            {status && !status.secondFolderFound ? (
              <span className="backup-missing">
                <TriangleAlert size={14} aria-hidden="true" /> Not found — plug in the drive or choose another folder
              </span>
            ) : null}
          </>
        ) : (
          <span className="muted">None. A USB stick or a synced folder keeps a copy off this computer.</span>
        )}
      </div>
      <div className="backup-second-actions">
        <Button size="sm" icon={<FolderOpen size={14} aria-hidden="true" />} onClick={() => void chooseSecondFolder()} disabled={saving} aria-label={folder ? 'Choose another second backup folder' : 'Choose a second backup folder'}>
          Choose…
        </Button>
        {folder ? (
          <Button size="sm" onClick={() => void removeSecondFolder()} disabled={saving} aria-label="Remove the second backup folder">
            Remove
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function CheckNow() {
  const checking = useDataHealthStore((s) => s.checking);
  const result = useDataHealthStore((s) => s.checkResult);
  const lastFull = useDataHealthStore((s) => s.health?.lastFullCheckAt ?? null);
  return (
    <div className="data-action">
      <div>
        <h3 className="data-action-title">Check the data file</h3>
        <p className="muted" aria-live="polite">
          {checking
            ? 'Checking every part of the data file… this can take a minute on a large file.'
            : result
              ? result.message
              : lastFull
                ? `The last full check ran ${whenInSentence(lastFull)}. Hirebook also checks it quickly at every start and fully once a week.`
                : 'Hirebook checks it quickly at every start and fully once a week.'}
        </p>
        {result && !checking ? <p className={result.ok ? 'backup-ok' : 'batch-error'}>{result.ok ? 'No damage found.' : 'A problem was found.'}</p> : null}
      </div>
      <Button icon={<ShieldCheck size={16} aria-hidden="true" />} onClick={() => void useDataHealthStore.getState().checkNow()} disabled={checking} aria-busy={checking}>
        {checking ? 'Checking…' : 'Check the data file now'}
      </Button>
    </div>
  );
}

export function BackupsArea() {
  const status = useBackupStore((s) => s.status);
  const statusError = useBackupStore((s) => s.statusError);
  const saving = useBackupStore((s) => s.savingSettings);
  const { startBackup, startRestore, setAutomatic, loadStatus } = useBackupStore.getState();

  useEffect(() => {
    void useBackupStore.getState().loadStatus();
  }, []);

  return (
    <div className="backups" role="group" aria-labelledby="backups-heading">
      <div className="backups-head">
        <h3 id="backups-heading" className="data-action-title">
          Backups
        </h3>
        <div className="backups-buttons">
          <Button variant="primary" icon={<DatabaseBackup size={16} aria-hidden="true" />} onClick={() => void startBackup()}>
            Back up now…
          </Button>
          <Button icon={<History size={16} aria-hidden="true" />} onClick={() => void startRestore()}>
            Restore from a backup…
          </Button>
        </div>
      </div>
      {statusError ? (
        <p className="batch-error" role="alert">
          Could not read how backups stand: {statusError}{' '}
          <Button size="sm" variant="ghost" onClick={() => void loadStatus()}>
            Try again
          </Button>
        </p>
      ) : null}
      {status && status.warnings.length > 0 ? (
        <div className="backup-warnings" role="status">
          <TriangleAlert size={16} aria-hidden="true" />
          <ul>
            {status.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="facts backups-facts">
        <div className="fact">
          <dt>Last good backup</dt>
          <dd>
            <LastGood />
          </dd>
        </div>
        <div className="fact">
          <dt>Automatic backups</dt>
          <dd>
            <label className="check-row check-row-inline">
              <input type="checkbox" checked={status?.automatic ?? true} disabled={!status || saving} onChange={(e) => void setAutomatic(e.target.checked)} />
              <span>Back up automatically every day and when Hirebook closes after changes</span>
            </label>
            {status ? (
              <p className="muted backup-budget">
                Automatic backups use {formatBytes(status.usedBytes)} of up to {formatBytes(status.budgetBytes)}
                {status.archives > 0 ? ` (${status.archives} kept; older ones are removed by themselves)` : ''}.
              </p>
            ) : null}
          </dd>
        </div>
        <div className="fact">
          <dt>Second folder</dt>
          <dd>
            <SecondFolder />
          </dd>
        </div>
      </dl>
      <CheckNow />
    </div>
  );
}

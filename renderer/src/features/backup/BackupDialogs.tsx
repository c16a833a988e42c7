// Renderer: the two backup dialogs, mounted once in the shell so Settings → Data, the File menu, the empty
// first screen and the damaged-data banner all open the same ones. "Back up now": an optional passphrase
// (with the warning that a forgotten one cannot be recovered, before it is set), progress with Cancel, then
// what was saved. "Restore from a backup": checking the file (a passphrase if it asks for one), what it
// holds, a plain confirmation, progress with Cancel, then reopening.
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { returnFocus } from '../../lib/return-focus';
import { REOPEN_FAILED, useBackupStore } from '../../stores/backup-store';
import { formatWhen } from '../../lib/dates';
import { fileName, formatBytes, progressCount, summaryCounts } from './backup-words';

interface FlowDialogProps {
  open: boolean;
  title: string;
  /** While true, Escape and clicks outside ask `onCancel` (or nothing, without one) instead of closing. */
  busy: boolean;
  onCancel?: () => void;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

function FlowDialog({ open, title, busy, onCancel, onClose, children, wide }: FlowDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && (busy ? onCancel?.() : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={`dialog backup-dialog${wide ? ' backup-dialog-wide' : ''}`} aria-describedby={undefined} onPointerDownOutside={(e) => busy && e.preventDefault()} onCloseAutoFocus={returnFocus}>
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}


function PassphraseStep() {
  const folder = useBackupStore((s) => s.backupFolder);
  const error = useBackupStore((s) => s.passphraseError);
  const { runBackup, closeBackup } = useBackupStore.getState();
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [local, setLocal] = useState<{ field: 'passphrase' | 'again' | 'understood'; message: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!protect) return void runBackup(null);
    if (passphrase.length < 8) return setLocal({ field: 'passphrase', message: 'Use at least 8 characters for the passphrase' });
    if (again !== passphrase) return setLocal({ field: 'again', message: 'The two passphrases are not the same' });
    if (!understood) return setLocal({ field: 'understood', message: 'Tick the box to say you understand a forgotten passphrase cannot be recovered' });
    setLocal(null);
    void runBackup(passphrase);
  };
  const at = (field: 'passphrase' | 'again' | 'understood'): string | undefined => (local ? (local.field === field ? local.message : undefined) : field === 'passphrase' && error ? error : undefined);
  return (
    <form onSubmit={submit} noValidate>
      <p className="dialog-description">
        The backup goes into <span className="mono backup-path">{folder}</span> as one file holding all your data and candidates’ files.
      </p>
      <label className="check-row">
        <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
        <span>Protect it with a passphrase (for a USB stick or a shared drive)</span>
      </label>
      {protect ? (
        <div className="backup-passphrase">
          <p className="backup-warning" id="passphrase-warning">
            <strong>Write the passphrase down somewhere safe.</strong> If it is forgotten, nobody can open this backup — not you, not Hirebook.
          </p>
          <TextField label="Passphrase" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} hint={at('passphrase') ? undefined : 'At least 8 characters.'} error={at('passphrase')} autoFocus />
          <TextField label="Type it again" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} error={at('again')} />
          <label className="check-row">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} aria-describedby="passphrase-warning" />
            <span>I understand a forgotten passphrase cannot be recovered</span>
          </label>
          {at('understood') ? (
            <p className="field-error" role="alert">
              {at('understood')}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="dialog-actions">
        <Button onClick={closeBackup}>Cancel</Button>
        <Button type="submit" variant="primary">
          Back up
        </Button>
      </div>
    </form>
  );
}

export function BackupDialog() {
  const step = useBackupStore((s) => s.backupStep);
  const progress = useBackupStore((s) => s.backupProgress);
  const cancelling = useBackupStore((s) => s.backupCancelling);
  const result = useBackupStore((s) => s.backupResult);
  const error = useBackupStore((s) => s.backupError);
  const { cancelBackup, closeBackup } = useBackupStore.getState();
  const running = step === 'running';
  const title = step === 'passphrase' ? 'Back up now' : running ? 'Backing up' : step === 'done' ? 'Backup saved' : step === 'cancelled' ? 'Backup stopped' : 'The backup could not be made';
  return (
    <FlowDialog open={step !== 'idle'} title={title} busy={running} onCancel={() => void cancelBackup()} onClose={closeBackup}>
      {step === 'passphrase' ? <PassphraseStep /> : null}
      {running ? <JobProgress label="Backup progress" done={progress.done} total={progress.total} count={progressCount(progress)} starting="Starting…" /> : null}
      {step === 'done' && result ? (
        <div className="batch-summary">
          <p className="batch-summary-line">
            Saved <span className="mono backup-path">{fileName(result.path)}</span> ({formatBytes(result.summary.bytes)}): {summaryCounts(result.summary)}.
          </p>
          <p className="batch-folder">
            In <span className="mono">{result.path.slice(0, result.path.length - fileName(result.path).length - 1)}</span>
          </p>
          {result.notice ? <p className="backup-warning">{result.notice}</p> : null}
        </div>
      ) : null}
      {step === 'cancelled' ? <p>Stopped: no backup file was kept.</p> : null}
      {step === 'failed' ? (
        <p className="batch-error" role="alert">
          {error}
        </p>
      ) : null}
      {step !== 'passphrase' ? (
        <div className="dialog-actions">
          {running ? (
            <Button onClick={() => void cancelBackup()} disabled={cancelling}>
              {cancelling ? 'Stopping…' : 'Cancel'}
            </Button>
          ) : (
            <Button variant="primary" onClick={closeBackup}>
              Close
            </Button>
          )}
        </div>
      ) : null}
    </FlowDialog>
  );
}

function RestorePassphraseStep() {
  const error = useBackupStore((s) => s.restorePassphraseError);
  const path = useBackupStore((s) => s.restorePath);
  const { submitPassphrase, closeRestore } = useBackupStore.getState();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submitPassphrase(passphrase);
      }}
      noValidate
    >
      <p className="dialog-description">
        <span className="mono backup-path">{fileName(path)}</span> is protected by a passphrase. Type the passphrase it was made with.
      </p>
      <TextField label="Passphrase" type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} error={error || undefined} autoFocus />
      <div className="dialog-actions">
        <Button onClick={closeRestore}>Cancel</Button>
        <Button type="submit" variant="primary">
          Open the backup
        </Button>
      </div>
    </form>
  );
}

function Preview() {
  const summary = useBackupStore((s) => s.restoreSummary);
  const path = useBackupStore((s) => s.restorePath);
  const { confirmRestore, closeRestore } = useBackupStore.getState();
  if (!summary) return null;
  return (
    <>
      <p className="dialog-description">
        <span className="mono backup-path">{fileName(path)}</span> was checked and holds:
      </p>
      <dl className="facts backup-facts">
        <div className="fact">
          <dt>Company</dt>
          <dd>{summary.companyName || 'No company name'}</dd>
        </div>
        <div className="fact">
          <dt>Holds</dt>
          <dd>{summaryCounts(summary)}</dd>
        </div>
        <div className="fact">
          <dt>Made</dt>
          <dd>{formatWhen(summary.createdAt)}</dd>
        </div>
        <div className="fact">
          <dt>App version</dt>
          <dd>
            {summary.appVersion}
            {summary.encrypted ? ' · protected by a passphrase' : ''} · {formatBytes(summary.bytes)}
          </dd>
        </div>
      </dl>
      <p className="backup-note">
        Restoring replaces what Hirebook shows now with this backup. Your current data is kept aside in the data folder, never overwritten. Hirebook reopens when it is done.
      </p>
      <div className="dialog-actions">
        <Button onClick={closeRestore}>Cancel</Button>
        <Button variant="primary" onClick={() => void confirmRestore()} autoFocus>
          Restore this backup
        </Button>
      </div>
    </>
  );
}

export function RestoreDialog() {
  const step = useBackupStore((s) => s.restoreStep);
  const progress = useBackupStore((s) => s.restoreProgress);
  const cancelling = useBackupStore((s) => s.restoreCancelling);
  const error = useBackupStore((s) => s.restoreError);
  const { cancelRestore, closeRestore } = useBackupStore.getState();
  const busy = step === 'inspecting' || step === 'restoring' || step === 'reopening';
  const reopenFailed = step === 'failed' && error.startsWith(REOPEN_FAILED);
  const titles: Record<typeof step, string> = {
    idle: '',
    inspecting: 'Checking the backup',
    passphrase: 'This backup needs its passphrase',
    preview: 'Restore this backup?',
    restoring: 'Restoring',
    reopening: 'Reopening…',
    cancelled: 'Restore stopped',
    failed: 'This backup cannot be restored',
  };
  return (
    <FlowDialog open={step !== 'idle'} title={reopenFailed ? 'Close Hirebook and open it again' : titles[step]} busy={busy} onCancel={() => void cancelRestore()} onClose={closeRestore} wide={step === 'preview'}>
      {step === 'passphrase' ? <RestorePassphraseStep /> : null}
      {step === 'preview' ? <Preview /> : null}
      {step === 'inspecting' || step === 'restoring' ? (
        <JobProgress label={step === 'inspecting' ? 'Checking progress' : 'Restore progress'} done={progress.done} total={progress.total} count={progressCount(progress)} starting="Starting…" />
      ) : null}
      {step === 'reopening' ? <p aria-live="polite">The backup is in place. Hirebook is reopening with it…</p> : null}
      {step === 'cancelled' ? <p>Stopped: nothing was changed.</p> : null}
      {step === 'failed' ? (
        <p className="batch-error" role="alert">
          {error}
        </p>
      ) : null}
      {step === 'failed' && !reopenFailed && !/nothing (was )?changed/i.test(error) ? <p className="muted">Your data was not changed.</p> : null}
      {step === 'inspecting' || step === 'restoring' || step === 'cancelled' || step === 'failed' ? (
        <div className="dialog-actions">
          {step === 'inspecting' || step === 'restoring' ? (
            <Button onClick={() => void cancelRestore()} disabled={cancelling}>
              {cancelling ? 'Stopping…' : 'Cancel'}
            </Button>
          ) : (
            <Button variant="primary" onClick={closeRestore}>
              Close
            </Button>
          )}
        </div>
      ) : null}
    </FlowDialog>
  );
}

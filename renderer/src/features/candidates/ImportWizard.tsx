// Renderer: the CSV import wizard (a dialog over the Candidates screen): pick a file → map its columns →
// import with progress and Cancel → a report of every refused row by line.
import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import { acceptFor, type ImportPreview, type ImportProgress, type ImportResult, type Role } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { useCandidatesStore } from '../../stores/candidates-store';
import { csvActions } from '../../stores/csv-actions';
import { ImportMappingStep, type ImportChoices } from './ImportMappingStep';
import { ImportReport } from './ImportReport';
import './candidates-import.css';

type Step =
  | { name: 'pick'; error: string; busy: boolean }
  | { name: 'map'; fileName: string; path: string; preview: ImportPreview }
  | { name: 'running'; jobId: string; done: number; total: number; cancelling: boolean }
  | { name: 'report'; result: ImportResult };

export function ImportWizard({ roles, onClose }: { roles: Role[]; onClose(): void }) {
  const [step, setStep] = useState<Step>({ name: 'pick', error: '', busy: false });
  const [choices, setChoices] = useState<ImportChoices>({ mapping: {}, duplicates: 'skip', roleId: '', stageName: '' });
  const jobRef = useRef<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setStep({ name: 'pick', error: '', busy: true });
    try {
      const { path, preview } = await csvActions.preview(file);
      setChoices((c) => ({ ...c, mapping: preview.mapping }));
      setStep({ name: 'map', fileName: file.name, path, preview });
    } catch (e) {
      setStep({ name: 'pick', error: errorMessage(e), busy: false });
    }
  };

  const start = (from: Extract<Step, { name: 'map' }>) => {
    const jobId = crypto.randomUUID();
    jobRef.current = jobId;
    setStep({ name: 'running', jobId, done: 0, total: from.preview.rowCount, cancelling: false });
    const onProgress = (p: ImportProgress) =>
      setStep((s) => (s.name === 'running' && s.jobId === p.jobId ? { ...s, done: p.done, total: p.total } : s));
    csvActions
      .import(
        {
          fileName: from.fileName,
          path: from.path,
          mapping: choices.mapping,
          duplicates: choices.duplicates,
          jobId,
          ...(choices.roleId ? { roleId: choices.roleId } : {}),
          ...(choices.roleId && choices.stageName ? { stageName: choices.stageName } : {}),
        },
        onProgress,
      )
      .then((result) => setStep({ name: 'report', result }))
      .catch((e: unknown) => setStep({ name: 'pick', error: errorMessage(e), busy: false }))
      .finally(() => {
        jobRef.current = null;
        useCandidatesStore.getState().bump();
      });
  };

  const cancel = () => {
    const jobId = jobRef.current;
    if (!jobId) return;
    setStep((s) => (s.name === 'running' ? { ...s, cancelling: true } : s));
    void csvActions.cancelImport(jobId).catch(() => undefined);
  };

  const running = step.name === 'running';
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !running) onClose();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog import-dialog" aria-describedby={undefined} onEscapeKeyDown={(e) => running && e.preventDefault()}>
          <Dialog.Title className="dialog-title">Import candidates from CSV</Dialog.Title>
          {step.name === 'pick' ? (
            <div className="import-steps">
              <p className="muted">Choose a CSV file exported from a spreadsheet or a job board. Commas, semicolons and tabs all work. Nothing is saved until you confirm.</p>
              <label className="field">
                <span className="field-label">CSV file</span>
                <input className="input" type="file" accept={acceptFor('csv')} disabled={step.busy} onChange={(e) => void pick(e.target.files?.[0])} />
              </label>
              {step.busy ? <p aria-live="polite">Reading the file…</p> : null}
              <FormError message={step.error} />
            </div>
          ) : null}
          {step.name === 'map' ? <ImportMappingStep preview={step.preview} roles={roles} choices={choices} onChange={setChoices} /> : null}
          {step.name === 'running' ? (
            <div className="batch-progress">
              <div
                className="progress"
                role="progressbar"
                aria-label="Rows imported"
                aria-valuemin={0}
                aria-valuemax={step.total}
                aria-valuenow={step.done}
                aria-valuetext={`${step.done} of ${step.total} rows`}
              >
                <div className="progress-bar" style={{ width: step.total > 0 ? `${(step.done / step.total) * 100}%` : '0%' }} />
              </div>
              <p className="batch-count" aria-live="polite">
                {step.cancelling ? 'Stopping after the current batch…' : `${step.done.toLocaleString()} of ${step.total.toLocaleString()} rows`}
              </p>
            </div>
          ) : null}
          {step.name === 'report' ? <ImportReport result={step.result} /> : null}
          <div className="dialog-actions">
            {step.name === 'pick' ? <Button onClick={onClose}>Cancel</Button> : null}
            {step.name === 'map' ? (
              <>
                <Button onClick={() => setStep({ name: 'pick', error: '', busy: false })}>Back</Button>
                <Button variant="primary" onClick={() => start(step)}>
                  Import {step.preview.rowCount.toLocaleString()} row{step.preview.rowCount === 1 ? '' : 's'}
                </Button>
              </>
            ) : null}
            {step.name === 'running' ? (
              <Button variant="danger" onClick={cancel} disabled={step.cancelling}>
                Cancel import
              </Button>
            ) : null}
            {step.name === 'report' ? (
              <Button variant="primary" onClick={onClose}>
                Done
              </Button>
            ) : null}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

// Renderer: drafts for the cards selected on the board: pick a template, read the first person's draft as it
// will be saved, then save one unsent .eml draft per person (each to that person alone) into a folder you
// choose, with progress and Cancel. The summary says how many were saved and where, and lists who was skipped
// and why (no e-mail address …). Each draft is logged on that person's timeline by the core.
import * as Dialog from '@radix-ui/react-dialog';
import { Save } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { MessageDraft, MessageDraftEmlMany } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { JobProgress } from '../../components/JobProgress';
import { messageActions } from '../../stores/messages-actions';
import { findCard, pipelineActions, usePipelineStore } from '../../stores/pipeline-store';
import { OPEN_DRAFT_HINT, TemplateSelect, useTemplates } from '../candidates/TemplateSelect';
import '../candidates/messages.css';

const drafts = (n: number): string => (n === 1 ? '1 draft' : `${n} drafts`);
const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);

/** How many selected people the preview tries before saying none of them can be written to. */
const PREVIEW_TRIES = 20;

interface Preview {
  name: string;
  draft: MessageDraft;
}

type Phase = { name: 'choose' } | { name: 'running'; done: number; folder: string } | { name: 'done'; result: MessageDraftEmlMany & { cancelled: boolean }; folder: string };

function Summary({ result, folder, total }: { result: MessageDraftEmlMany & { cancelled: boolean }; folder: string; total: number }) {
  const saved = result.saved.length;
  const line = result.cancelled ? `Stopped. ${drafts(saved)} saved before you cancelled (of ${people(total)}).` : `Saved ${drafts(saved)}, one per person.`;
  return (
    <div className="batch-summary">
      <p className="batch-summary-line">{line}</p>
      {saved > 0 ? (
        <p className="batch-folder">
          In <span className="mono">{folder}</span> — open each file in your mail program to send it. Each is on that person’s timeline.
        </p>
      ) : null}
      {saved > 0 ? <p className="field-hint">{OPEN_DRAFT_HINT}</p> : null}
      {result.skipped.length > 0 ? (
        <div className="batch-failures">
          <h3 className="batch-failures-title">Skipped {people(result.skipped.length)}</h3>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.applicationId}>
                <strong>{s.candidateName}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The first selected person's filled draft (the next one when someone cannot be written to). */
function usePreview(ids: readonly string[], templateId: string): { preview: Preview | null; note: string } {
  // Kept with the template it was made for, so a template just picked shows no older preview.
  const [state, setState] = useState<{ templateId: string; preview: Preview | null; note: string }>({ templateId: '', preview: null, note: '' });
  useEffect(() => {
    if (!templateId) return undefined;
    let live = true;
    void (async () => {
      let first = '';
      for (const id of ids.slice(0, PREVIEW_TRIES)) {
        try {
          const draft = await messageActions.draft(id, templateId);
          if (!live) return;
          const name = findCard(usePipelineStore.getState().columns, id)?.name ?? draft.to;
          setState({ templateId, preview: { name, draft }, note: first });
          return;
        } catch (e: unknown) {
          first ||= errorMessage(e);
        }
      }
      if (live) setState({ templateId, preview: null, note: first });
    })();
    return () => {
      live = false;
    };
  }, [ids, templateId]);
  return state.templateId === templateId ? state : { preview: null, note: '' };
}

export function BulkDraftDialog({ ids, onClose }: { ids: readonly string[]; onClose(): void }) {
  const [error, setError] = useState('');
  const first = findCard(usePipelineStore.getState().columns, ids[0] ?? '');
  const { templates, templateId, setTemplateId } = useTemplates(first?.status ?? 'active', setError);
  const { preview, note } = usePreview(ids, templateId);
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const [stopping, setStopping] = useState(false);
  const stop = useRef(false);
  const running = phase.name === 'running';

  const save = async () => {
    const folder = await messageActions.chooseDraftsFolder(ids.length);
    if (!folder) return;
    stop.current = false;
    setError('');
    setPhase({ name: 'running', done: 0, folder });
    try {
      const result = await messageActions.saveDraftsFor(templateId, ids, folder, ({ done }) => setPhase({ name: 'running', done, folder }), () => stop.current);
      setPhase({ name: 'done', result, folder });
      if (!result.cancelled) pipelineActions.clearSelection();
    } catch (e: unknown) {
      setError(errorMessage(e));
      setPhase({ name: 'choose' });
    } finally {
      setStopping(false);
    }
  };

  const cancel = () => {
    stop.current = true;
    setStopping(true);
  };
  const left = preview ? [...preview.draft.unknownPlaceholders, ...preview.draft.emptyPlaceholders] : [];
  const title = `Write to ${people(ids.length)}`;

  return (
    <Dialog.Root open onOpenChange={(open) => !open && (running ? cancel() : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" onPointerDownOutside={(e) => running && e.preventDefault()}>
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Each person gets their own draft, addressed to them alone, saved as an .eml file to open and send from your mail program.
          </Dialog.Description>
          {phase.name === 'choose' ? (
            <>
              {templates === null && !error ? <p>Loading templates…</p> : null}
              {templates ? (
                <TemplateSelect
                  id="bulk-message-template"
                  templates={templates}
                  value={templateId}
                  onChange={(id) => {
                    setError('');
                    setTemplateId(id);
                  }}
                />
              ) : null}
              {preview ? (
                <div className="message-preview" role="region" tabIndex={0} aria-label={`Preview for ${preview.name}`}>
                  <p className="muted">Preview for {preview.name}; each person’s draft is filled in for them.</p>
                  <p>
                    <span className="muted">To:</span> {preview.draft.to}
                  </p>
                  <p>
                    <span className="muted">Subject:</span> {preview.draft.subject}
                  </p>
                  <pre className="message-body">{preview.draft.body}</pre>
                  {left.length > 0 ? <p className="field-hint">Left as typed, fill in before sending: {left.join(', ')}</p> : null}
                </div>
              ) : null}
              {note ? <p className="field-hint">{preview ? `Some will be skipped. ${note}` : note}</p> : null}
            </>
          ) : null}
          {phase.name === 'running' ? (
            <JobProgress label="Drafts saved" done={phase.done} total={ids.length} count={`${phase.done} of ${people(ids.length)}`} starting="Starting…" />
          ) : null}
          {phase.name === 'done' ? <Summary result={phase.result} folder={phase.folder} total={ids.length} /> : null}
          <FormError message={error} />
          <div className="dialog-actions">
            {phase.name === 'choose' ? (
              <>
                <Button onClick={onClose}>Cancel</Button>
                <Button variant="primary" icon={<Save size={14} aria-hidden="true" />} onClick={() => void save()} disabled={!preview}>
                  Save {drafts(ids.length)} (.eml)…
                </Button>
              </>
            ) : null}
            {running ? (
              <Button onClick={cancel} disabled={stopping}>
                {stopping ? 'Stopping…' : 'Cancel'}
              </Button>
            ) : null}
            {phase.name === 'done' ? (
              <Button variant="primary" onClick={onClose}>
                Close
              </Button>
            ) : null}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

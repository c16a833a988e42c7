// Renderer: one kept version in the history drawer: preview it, compare it with the current text or another
// version (added text in <ins>, removed in <del>), or restore it (the current text is kept as a version first).
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { Revision, RevisionComparison, RevisionSummary } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../lib/notify';
import { flushDescription, resetAutosave } from '../../stores/description-autosave';
import { replaceDescription } from '../../stores/description-store';
import { revisionActions } from '../../stores/descriptions-actions';
import { DiffView } from './DiffView';
import { SectionsPreview } from './PostingPreview';
import { revisionName, revisionTime } from './RevisionDrawer';

type Mode = 'preview' | 'compare';

interface Props {
  revisionId: string;
  revisions: RevisionSummary[];
  onRestored(): void;
}

function useRevision(id: string): Revision | null {
  const [revision, setRevision] = useState<Revision | null>(null);
  useEffect(() => {
    let live = true;
    revisionActions.get(id)
      .then((r) => live && setRevision(r))
      .catch((e: unknown) => notifyError(e, 'Could not open that version'));
    return () => {
      live = false;
    };
  }, [id]);
  return revision;
}

function useComparison(fromId: string, toId: string, enabled: boolean): RevisionComparison | null {
  const [result, setResult] = useState<{ key: string; value: RevisionComparison } | null>(null);
  const key = `${fromId}>${toId}`;
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    revisionActions.compare(fromId, toId)
      .then((value) => live && setResult({ key: `${fromId}>${toId}`, value }))
      .catch((e: unknown) => notifyError(e, 'Could not compare'));
    return () => {
      live = false;
    };
  }, [fromId, toId, enabled]);
  return result?.key === key ? result.value : null;
}

export function RevisionView({ revisionId, revisions, onRestored }: Props) {
  const revision = useRevision(revisionId);
  const [mode, setMode] = useState<Mode>('preview');
  const [against, setAgainst] = useState('current');
  const [confirming, setConfirming] = useState(false);
  const comparison = useComparison(revisionId, against, mode === 'compare');
  const summary = revisions.find((r) => r.id === revisionId);

  const restore = () => {
    setConfirming(false);
    flushDescription()
      .then(() => revisionActions.restore(revisionId))
      .then((description) => {
        resetAutosave();
        replaceDescription(description);
        onRestored();
        toast.success('Version restored', { description: 'What you had before is kept in the history.' });
      })
      .catch((e: unknown) => notifyError(e, 'Could not restore that version'));
  };

  return (
    <section className="revision-view" aria-label={summary ? revisionName(summary) : 'Version'}>
      <div className="revision-view-head">
        <div className="segmented" role="group" aria-label="Show">
          {(['preview', 'compare'] as const).map((m) => (
            <button key={m} type="button" className="segmented-btn" aria-pressed={mode === m} onClick={() => setMode(m)}>
              {m === 'preview' ? 'Preview' : 'Compare'}
            </button>
          ))}
        </div>
        {mode === 'compare' ? (
          <label className="compare-with">
            <span>with</span>
            <select className="input select select-compact" value={against} onChange={(e) => setAgainst(e.target.value)} aria-label="Compare with">
              <option value="current">The current description</option>
              {revisions
                .filter((r) => r.id !== revisionId)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {revisionName(r)} · {revisionTime(r.createdAt)}
                  </option>
                ))}
            </select>
          </label>
        ) : null}
        <Button variant="primary" size="sm" onClick={() => setConfirming(true)}>
          Restore this version
        </Button>
      </div>
      <div className="revision-view-body">
        {mode === 'preview' ? (
          revision ? (
            <SectionsPreview sections={revision.sections.map((s) => ({ key: s.id, heading: s.heading, html: s.html }))} />
          ) : (
            <p className="muted">Loading…</p>
          )
        ) : comparison ? (
          <DiffView comparison={comparison} />
        ) : (
          <p className="muted">Comparing…</p>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Restore this version?"
        description="The description will be replaced by this version. What you have now is kept in the history first, so you can go back."
        confirmLabel="Restore version"
        onConfirm={restore}
        onOpenChange={setConfirming}
      />
    </section>
  );
}

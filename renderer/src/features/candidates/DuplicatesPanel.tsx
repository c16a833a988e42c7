// Renderer: shown after adding a candidate the core thinks may already be stored: open the existing record,
// merge the new one into it (after confirmation), or keep both.
import { toast } from 'sonner';
import { useState } from 'react';
import type { CandidateProfile, DuplicateMatch } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../lib/notify';
import { candidateActions } from '../../stores/candidates-actions';
import { useRouteStore } from '../../stores/route-store';

const REASON_LABELS = { email: 'same email', phone: 'same phone number', name: 'a very similar name' } as const;

export function DuplicatesPanel({ candidate, duplicates }: { candidate: CandidateProfile; duplicates: DuplicateMatch[] }) {
  const navigate = useRouteStore((s) => s.navigate);
  const [mergeInto, setMergeInto] = useState<DuplicateMatch | null>(null);

  const merge = () => {
    const target = mergeInto;
    setMergeInto(null);
    if (!target) return;
    candidateActions
      .merge(target.candidateId, candidate.id)
      .then((result) => {
        toast.success(`Merged into “${result.candidate.fullName}”`);
        navigate({ name: 'candidate', id: result.candidate.id });
      })
      .catch((e: unknown) => notifyError(e, 'Could not merge the candidates'));
  };

  return (
    <section className="card dup-panel" role="alert" aria-labelledby="dup-title">
      <h2 id="dup-title" className="card-title">
        {candidate.fullName} may already be in Hirebook
      </h2>
      <p className="card-description">
        We saved the new record. If it is the same person, merge it into the existing one: every application, file and note is kept.
      </p>
      <ul className="dup-list">
        {duplicates.map((d) => (
          <li key={d.candidateId} className="dup-item">
            <div>
              <strong>{d.fullName}</strong>
              <div className="row-sub">{[...d.emails, ...d.phones].join(' · ') || 'No contact details'}</div>
              <div className="row-sub">Matched on {d.reasons.map((r) => REASON_LABELS[r]).join(' and ')}</div>
            </div>
            <div className="dup-actions">
              <Button size="sm" onClick={() => navigate({ name: 'candidate', id: d.candidateId })}>
                Open existing
              </Button>
              <Button size="sm" variant="primary" onClick={() => setMergeInto(d)}>
                Merge into existing
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <div className="dup-footer">
        <Button onClick={() => navigate({ name: 'candidate', id: candidate.id })}>Keep both</Button>
      </div>
      <ConfirmDialog
        open={mergeInto !== null}
        title={`Merge into “${mergeInto?.fullName ?? ''}”?`}
        description={`The record you just added for ${candidate.fullName} will be folded into the existing one. Emails, phone numbers, tags, applications and files are all kept.`}
        confirmLabel="Merge"
        onConfirm={merge}
        onOpenChange={(open) => {
          if (!open) setMergeInto(null);
        }}
      />
    </section>
  );
}

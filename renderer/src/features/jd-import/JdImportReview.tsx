// Renderer: the import review: the detected title and role fields, every detected section (kind, heading,
// paragraphs, bullets) to correct, then "Create role" or "Replace description of …".
import { ArrowLeft, Check } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../lib/notify';
import { saveJdImport, useJdImportStore } from '../../stores/jd-import-store';
import { useRouteStore } from '../../stores/route-store';
import { reviewToParsed, reviewToRoleFields, salaryProblem } from './jd-import-model';
import { ReviewFieldsForm } from './ReviewFieldsForm';
import { ReviewSectionCard } from './ReviewSectionCard';

function useSaveImport(roleId: string | null) {
  const navigate = useRouteStore((s) => s.navigate);
  const [busy, setBusy] = useState(false);
  const save = () => {
    const { fields, detected, sections } = useJdImportStore.getState();
    setBusy(true);
    const parsed = reviewToParsed(fields.title, detected, sections);
    saveJdImport(roleId ? { parsed, roleFields: {}, roleId } : { parsed, roleFields: reviewToRoleFields(fields) })
      .then((result) => {
        toast.success(result.created ? `Created “${fields.title.trim() || 'the role'}”` : 'Description replaced', {
          description: result.created ? 'Check the details and the coach’s suggestions.' : 'The previous description is kept in the history.',
        });
        useJdImportStore.getState().reset();
        navigate({ name: 'role-description', id: result.roleId });
      })
      .catch((e: unknown) => notifyError(e, 'Could not save the import'))
      .finally(() => setBusy(false));
  };
  return { save, busy };
}

export function JdImportReview({ roleId, roleTitle }: { roleId: string | null; roleTitle: string | null }) {
  const sections = useJdImportStore((s) => s.sections);
  const fields = useJdImportStore((s) => s.fields);
  const sourceName = useJdImportStore((s) => s.sourceName);
  const [confirming, setConfirming] = useState(false);
  const [tried, setTried] = useState(false);
  const { save, busy } = useSaveImport(roleId);

  const problems = !roleId && (!fields.title.trim() || salaryProblem(fields.salaryMin) || salaryProblem(fields.salaryMax));
  const submit = () => {
    setTried(true);
    if (problems) return;
    if (roleId) setConfirming(true);
    else save();
  };

  return (
    <div className="import-review">
      <p className="import-source-name muted">From: {sourceName}</p>
      {!roleId ? <ReviewFieldsForm showErrors={tried} /> : null}
      <section aria-labelledby="review-sections-title" className="review-sections">
        <h2 id="review-sections-title" className="review-title">
          Sections <span className="muted">({sections.length})</span>
        </h2>
        {sections.length === 0 ? <p className="muted">No sections were found. The role will start with an empty description.</p> : null}
        <ol className="review-section-list">
          {sections.map((s, i) => (
            <ReviewSectionCard key={s.key} section={s} index={i} />
          ))}
        </ol>
      </section>
      <div className="review-actions">
        <Button icon={<ArrowLeft size={16} aria-hidden="true" />} onClick={() => useJdImportStore.getState().reset()}>
          Start over
        </Button>
        <Button variant="primary" icon={<Check size={16} aria-hidden="true" />} disabled={busy} onClick={submit}>
          {roleId ? `Replace description of “${roleTitle ?? 'this role'}”` : 'Create role'}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Replace the description of “${roleTitle ?? 'this role'}”?`}
        description="Its sections will be replaced by the ones above. The current description is kept as a version in the history."
        confirmLabel="Replace description"
        onConfirm={() => {
          setConfirming(false);
          save();
        }}
        onOpenChange={setConfirming}
      />
    </div>
  );
}

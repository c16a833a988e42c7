// Renderer: the add/edit candidate screen: header with Save, the grouped fields, the refused-save summary,
// and (after a create) the possible duplicates.
import { Save } from 'lucide-react';
import { useEffect, useRef, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { focusFirstInvalid } from '../../lib/field-errors';
import { useHotkey } from '../../lib/use-hotkey';
import { useRouteStore } from '../../stores/route-store';
import { CandidateFormFields } from './CandidateFormFields';
import { BackToCandidates, CandidateNotFound } from './CandidateNotFound';
import { DuplicatesPanel } from './DuplicatesPanel';
import { useCandidateForm } from './use-candidate-form';
import './candidates.css';

export function CandidateFormPage({ candidateId }: { candidateId: string | null }) {
  const form = useCandidateForm(candidateId);
  const navigate = useRouteStore((s) => s.navigate);
  const formRef = useRef<HTMLFormElement>(null);
  const leave = () => navigate(candidateId ? { name: 'candidate', id: candidateId } : { name: 'candidates' });
  useHotkey('s', () => void form.save());

  useEffect(() => {
    if (form.refusals > 0) focusFirstInvalid(formRef.current);
  }, [form.refusals]);

  const back = <BackToCandidates />;

  if (form.loadState === 'missing') return <CandidateNotFound />;
  if (form.loadState === 'loading') return <PageHeader title="Edit candidate" before={back} subtitle="Loading…" />;
  if (form.created) {
    return (
      <>
        <PageHeader title="Possible duplicate" before={back} />
        <DuplicatesPanel candidate={form.created.candidate} duplicates={form.created.duplicates} />
      </>
    );
  }

  const errorCount = Object.keys(form.errors).length;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.save();
  };
  const title = candidateId ? `Edit “${form.values.fullName || 'candidate'}”` : 'Add candidate';
  return (
    <form ref={formRef} className="role-form" noValidate onSubmit={onSubmit} aria-label={candidateId ? 'Edit candidate' : 'Add candidate'}>
      <PageHeader
        sticky
        title={title}
        before={back}
        subtitle={form.dirty ? 'Unsaved changes' : 'Only the name is required; add the rest when you know it.'}
        actions={
          <>
            <Button onClick={leave}>Cancel</Button>
            <Button type="submit" variant="primary" icon={<Save size={16} aria-hidden="true" />} disabled={form.saving} aria-keyshortcuts="Control+S Meta+S">
              {form.saving ? 'Saving…' : 'Save candidate'}
            </Button>
          </>
        }
      />
      {errorCount > 0 ? (
        <div className="form-alert" role="alert">
          {errorCount === 1 ? 'One field needs attention before this candidate can be saved.' : `${errorCount} fields need attention before this candidate can be saved.`}
        </div>
      ) : null}
      <CandidateFormFields
        values={form.values}
        errors={form.errors}
        setField={form.setField}
        role={candidateId ? undefined : { roles: form.roles, roleId: form.roleId, error: form.errors.roleId, setRoleId: form.setRoleId }}
      />
    </form>
  );
}

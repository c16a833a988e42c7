// Renderer: the new/edit role screen: header with save, the grouped fields, and the refused-save summary.
import { Columns3, FileText, LayoutTemplate, Save } from 'lucide-react';
import { useEffect, useRef, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { focusFirstInvalid } from '../../lib/field-errors';
import { useHotkey } from '../../lib/use-hotkey';
import { useRouteStore } from '../../stores/route-store';
import { ExportMenu } from '../postings/ExportMenu';
import { RoleFormFields } from './RoleFormFields';
import { BackToRoles, RoleNotFound } from './RoleNotFound';
import { useFocusField } from './use-focus-field';
import { useRoleForm } from './use-role-form';

export function RoleFormPage({ roleId, focusField }: { roleId: string | null; focusField?: string }) {
  const form = useRoleForm(roleId);
  const navigate = useRouteStore((s) => s.navigate);
  const formRef = useRef<HTMLFormElement>(null);
  const toList = () => navigate({ name: 'roles' });
  useFocusField(formRef, focusField, form.loadState === 'ready');

  useHotkey('s', () => void form.save());

  useEffect(() => {
    if (form.refusals > 0) focusFirstInvalid(formRef.current);
  }, [form.refusals]);

  const back = <BackToRoles />;

  if (form.loadState === 'missing') return <RoleNotFound />;

  if (form.loadState === 'loading' || !form.values) {
    return <PageHeader title={roleId ? 'Edit role' : 'New role'} before={back} subtitle="Loading…" />;
  }

  const errorCount = Object.keys(form.errors).length;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void form.save();
  };
  const title = form.role ? `Edit “${form.role.title}”` : 'New role';

  return (
    <form ref={formRef} className="role-form" noValidate onSubmit={onSubmit} aria-label={title}>
      <PageHeader
        sticky
        title={title}
        before={back}
        subtitle={form.dirty ? 'Unsaved changes' : form.role ? 'All changes saved' : 'Fill in what you know; you can change it later.'}
        actions={
          <>
            {form.role ? (
              <>
                <ExportMenu roleId={form.role.id} withPreview />
                <Button icon={<Columns3 size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-pipeline', id: roleId ?? '' })}>
                  Pipeline
                </Button>
                <Button icon={<FileText size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-description', id: roleId ?? '' })}>
                  Job description
                </Button>
              </>
            ) : (
              <Button icon={<LayoutTemplate size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'templates' })}>
                Start from a template
              </Button>
            )}
            <Button onClick={toList}>Cancel</Button>
            <Button type="submit" variant="primary" icon={<Save size={16} aria-hidden="true" />} disabled={form.saving} aria-keyshortcuts="Control+S Meta+S">
              {form.saving ? 'Saving…' : 'Save role'}
            </Button>
          </>
        }
      />
      {errorCount > 0 ? (
        <div className="form-alert" role="alert">
          {errorCount === 1 ? 'One field needs attention before this role can be saved.' : `${errorCount} fields need attention before this role can be saved.`}
        </div>
      ) : null}
      <RoleFormFields values={form.values} errors={form.errors} setField={form.setField} />
    </form>
  );
}

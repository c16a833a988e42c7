// Renderer: the chosen template, as the posting it would become, with "Use this template" (confirming
// first when it replaces an existing description) and, for the owner's own templates, "Delete".
import { Check, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EMPLOYMENT_TYPE_LABELS, WORKPLACE_LABELS } from '../../lib/labels';
import { notifyError } from '../../lib/notify';
import { useRouteStore } from '../../stores/route-store';
import { applyTemplate, useTemplatesStore } from '../../stores/templates-store';
import { SectionsPreview } from '../descriptions/PostingPreview';

function useTemplateActions(roleId: string | null) {
  const navigate = useRouteStore((s) => s.navigate);
  const [busy, setBusy] = useState(false);
  const use = (templateId: string, name: string) => {
    setBusy(true);
    applyTemplate(roleId ? { templateId, roleId } : { templateId })
      .then((result) => {
        toast.success(result.created ? `Started a new role from “${name}”` : `Used “${name}”`, {
          description: result.created ? 'Fill in the pay, place and dates in Role details.' : 'The previous description is kept in the history.',
        });
        navigate({ name: 'role-description', id: result.roleId });
      })
      .catch((e: unknown) => notifyError(e, 'Could not use the template'))
      .finally(() => setBusy(false));
  };
  const remove = (id: string, name: string) => {
    useTemplatesStore
      .getState()
      .remove(id)
      .then(() => toast.success(`Deleted the template “${name}”`))
      .catch((e: unknown) => notifyError(e, 'Could not delete the template'));
  };
  return { use, remove, busy };
}

export function TemplatePreview({ roleId, roleTitle }: { roleId: string | null; roleTitle: string | null }) {
  const detail = useTemplatesStore((s) => s.detail);
  const selectedId = useTemplatesStore((s) => s.selectedId);
  const [confirm, setConfirm] = useState<'use' | 'delete' | null>(null);
  const actions = useTemplateActions(roleId);

  if (!selectedId) return <aside className="gallery-preview muted" aria-label="Template preview">Choose a template to preview it.</aside>;
  if (!detail || detail.id !== selectedId) return <aside className="gallery-preview muted" aria-label="Template preview">Loading…</aside>;

  const facts = [detail.role.employmentType && EMPLOYMENT_TYPE_LABELS[detail.role.employmentType], detail.role.workplace && WORKPLACE_LABELS[detail.role.workplace], detail.category];
  const onUse = () => (roleId ? setConfirm('use') : actions.use(detail.id, detail.name));

  return (
    <aside className="gallery-preview" aria-label="Template preview">
      <div className="gallery-preview-head">
        <div>
          <h2 className="preview-title">{detail.title || detail.name}</h2>
          <p className="muted">{facts.filter(Boolean).join(' · ')}</p>
        </div>
        <div className="gallery-preview-actions">
          {detail.source === 'owner' ? (
            <Button variant="ghost" size="sm" icon={<Trash2 size={15} aria-hidden="true" />} onClick={() => setConfirm('delete')}>
              Delete
            </Button>
          ) : null}
          <Button variant="primary" icon={<Check size={16} aria-hidden="true" />} onClick={onUse} disabled={actions.busy}>
            Use this template
          </Button>
        </div>
      </div>
      <p className="gallery-preview-blurb">{detail.blurb}</p>
      <div className="gallery-preview-body posting-preview">
        <SectionsPreview sections={detail.sections.map((s, i) => ({ key: `${i}`, heading: s.heading, html: s.html }))} />
      </div>
      <ConfirmDialog
        open={confirm === 'use'}
        title={`Replace the description of “${roleTitle ?? 'this role'}”?`}
        description={`Its sections will be replaced by the “${detail.name}” template. The current description is kept as a version in the history.`}
        confirmLabel="Replace description"
        onConfirm={() => actions.use(detail.id, detail.name)}
        onOpenChange={(open) => !open && setConfirm(null)}
      />
      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Delete the template “${detail.name}”?`}
        description="Roles already started from it keep their text. This cannot be undone."
        confirmLabel="Delete template"
        danger
        onConfirm={() => actions.remove(detail.id, detail.name)}
        onOpenChange={(open) => !open && setConfirm(null)}
      />
    </aside>
  );
}

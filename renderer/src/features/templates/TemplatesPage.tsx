// Renderer: the template gallery: search, filter by category, preview a template's sections, and use it
// for a new role or to replace an existing role's description (a version of the old one is kept).
import { BackLink } from '../../components/BackLink';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { notifyError } from '../../lib/notify';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useRouteStore } from '../../stores/route-store';
import { useTemplatesStore } from '../../stores/templates-store';
import { TemplateGrid } from './TemplateGrid';
import { TemplatePreview } from './TemplatePreview';
import { TemplateToolbar } from './TemplateToolbar';
import { useRoleTitle } from './use-role-title';

export function TemplatesPage({ roleId }: { roleId: string | null }) {
  const navigate = useRouteStore((s) => s.navigate);
  const [text, setText] = useState(useTemplatesStore.getState().query);
  const query = useDebouncedValue(text, 200);
  const roleTitle = useRoleTitle(roleId);

  useEffect(() => {
    useTemplatesStore.getState().search(query).catch((e: unknown) => notifyError(e, 'Could not load templates'));
  }, [query]);

  const back = roleId
    ? { label: 'Job description', go: () => navigate({ name: 'role-description', id: roleId }) }
    : { label: 'Roles', go: () => navigate({ name: 'roles' }) };

  return (
    <div className="templates-page">
      <PageHeader
        title="Template gallery"
        subtitle={roleId ? `Pick a posting to replace the description of “${roleTitle ?? '…'}”.` : 'Start a new role from a ready-made posting, then make it yours.'}
        before={
          <BackLink href="#/roles" onNavigate={() => back.go()}>
            {back.label}
          </BackLink>
        }
      />
      <div className="gallery-layout">
        <div className="gallery-main">
          <TemplateToolbar text={text} onText={setText} />
          <TemplateGrid />
        </div>
        <TemplatePreview roleId={roleId} roleTitle={roleTitle} />
      </div>
    </div>
  );
}

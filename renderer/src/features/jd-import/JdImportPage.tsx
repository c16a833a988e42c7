// Renderer: "Import a job description": paste or open a file, then review what was found before it becomes
// a new role or replaces an existing role's description.
import { BackLink } from '../../components/BackLink';
import { useEffect } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useJdImportStore } from '../../stores/jd-import-store';
import { useRouteStore } from '../../stores/route-store';
import { useRoleTitle } from '../templates/use-role-title';
import { JdImportReview } from './JdImportReview';
import { JdImportSource } from './JdImportSource';

export function JdImportPage({ roleId }: { roleId: string | null }) {
  const step = useJdImportStore((s) => s.step);
  const navigate = useRouteStore((s) => s.navigate);
  const roleTitle = useRoleTitle(roleId);

  useEffect(() => {
    useJdImportStore.getState().reset();
  }, []);

  const back = () => (roleId ? navigate({ name: 'role-description', id: roleId }) : navigate({ name: 'roles' }));
  const subtitle =
    step === 'review'
      ? 'Check what Hirebook found. Correct anything that is off, then save.'
      : roleId
        ? `Bring in an existing posting to replace the description of “${roleTitle ?? '…'}”.`
        : 'Bring in a posting you already have: paste it, or open the file.';

  return (
    <div className="import-page">
      <PageHeader
        title={step === 'review' ? 'Review the import' : 'Import a job description'}
        subtitle={subtitle}
        before={
          <BackLink href="#/roles" onNavigate={() => back()}>
            {roleId ? 'Job description' : 'Roles'}
          </BackLink>
        }
      />
      {step === 'review' ? <JdImportReview roleId={roleId} roleTitle={roleTitle} /> : <JdImportSource />}
    </div>
  );
}

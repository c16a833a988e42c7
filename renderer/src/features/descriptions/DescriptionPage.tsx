// Renderer: a role's "Job description" screen: the ordered sections with their editors on the left, the
// live preview and the coach on the right, autosave status and version history in the header.
import { BackLink } from '../../components/BackLink';
import { FileQuestion } from 'lucide-react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useDescriptionStore } from '../../stores/description-store';
import { useRouteStore } from '../../stores/route-store';
import { ConflictBanner } from './ConflictBanner';
import { DescriptionActions, DescriptionTools } from './DescriptionActions';
import { SaveStatus } from './SaveStatus';
import { SectionList } from './SectionList';
import { SidePanel } from './SidePanel';
import { useAutosaveLifecycle } from './use-autosave-lifecycle';
import { useLiveSync } from './use-live-sync';

function BackToRoles() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <BackLink href="#/roles" onNavigate={() => navigate({ name: 'roles' })}>
      Roles
    </BackLink>
  );
}

export function DescriptionPage({ roleId }: { roleId: string }) {
  useAutosaveLifecycle(roleId);
  useLiveSync();
  const loadState = useDescriptionStore((s) => (s.roleId === roleId ? s.loadState : 'loading'));
  const role = useDescriptionStore((s) => s.role);
  const navigate = useRouteStore((s) => s.navigate);

  if (loadState === 'missing') {
    return (
      <>
        <PageHeader title="Role not found" before={<BackToRoles />} />
        <EmptyState icon={<FileQuestion size={28} />} title="This role no longer exists" actions={<Button onClick={() => navigate({ name: 'roles' })}>Back to roles</Button>}>
          <p>It may have been deleted. Your other roles are still in the list.</p>
        </EmptyState>
      </>
    );
  }
  if (loadState === 'loading' || !role) return <PageHeader title="Job description" before={<BackToRoles />} subtitle="Loading…" />;

  return (
    <div className="desc-page">
      <PageHeader
        sticky
        title={`Job description: ${role.title}`}
        before={<BackToRoles />}
        subtitle={<SaveStatus />}
        actions={<DescriptionActions roleId={roleId} />}
      />
      <ConflictBanner roleId={roleId} />
      <div className="desc-layout">
        <div className="desc-main">
          <DescriptionTools roleId={roleId} />
          <SectionList />
        </div>
        <SidePanel roleId={roleId} />
      </div>
    </div>
  );
}

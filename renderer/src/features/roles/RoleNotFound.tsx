// Renderer: the "← Roles" link above a role screen's title, and the screen shown in place of a role's edit
// form, job description, pipeline or posting when the role no longer exists.
import { FileQuestion } from 'lucide-react';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useRouteStore } from '../../stores/route-store';

export function BackToRoles() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <BackLink href="#/roles" onNavigate={() => navigate({ name: 'roles' })}>
      Roles
    </BackLink>
  );
}

export function RoleNotFound() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <>
      <PageHeader title="Role not found" before={<BackToRoles />} />
      <EmptyState icon={<FileQuestion size={28} />} title="This role no longer exists" actions={<Button onClick={() => navigate({ name: 'roles' })}>Back to roles</Button>}>
        <p>It may have been deleted. Your other roles are still in the list.</p>
      </EmptyState>
    </>
  );
}

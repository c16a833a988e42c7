// Renderer: a role's "Job description" screen: the ordered sections with their editors on the left, the
// live preview and the coach on the right (a drawer in a narrow window), autosave status and version
// history in the header.
import { useRef, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useDescriptionStore } from '../../stores/description-store';
import { BackToRoles, RoleNotFound } from '../roles/RoleNotFound';
import { ConflictBanner } from './ConflictBanner';
import { DescriptionActions, DescriptionTools } from './DescriptionActions';
import { SaveStatus } from './SaveStatus';
import { SectionList } from './SectionList';
import { SidePanel, SidePanelToggle } from './SidePanel';
import { useAutosaveLifecycle } from './use-autosave-lifecycle';
import { useLiveSync } from './use-live-sync';

export function DescriptionPage({ roleId }: { roleId: string }) {
  useAutosaveLifecycle(roleId);
  useLiveSync();
  const loadState = useDescriptionStore((s) => (s.roleId === roleId ? s.loadState : 'loading'));
  const role = useDescriptionStore((s) => s.role);
  // The coach and preview as a drawer, in a narrow window.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeDrawer = () => {
    setDrawerOpen(false);
    toggleRef.current?.focus();
  };

  if (loadState === 'missing') return <RoleNotFound />;
  if (loadState === 'loading' || !role) return <PageHeader title="Job description" before={<BackToRoles />} subtitle="Loading…" />;

  return (
    <div className="desc-page">
      <PageHeader
        sticky
        title={`Job description: ${role.title}`}
        before={<BackToRoles />}
        subtitle={<SaveStatus />}
        actions={
          <>
            <SidePanelToggle ref={toggleRef} open={drawerOpen} onOpen={() => setDrawerOpen(true)} />
            <DescriptionActions roleId={roleId} />
          </>
        }
      />
      <ConflictBanner roleId={roleId} />
      <div className="desc-layout">
        <div className="desc-main">
          <DescriptionTools roleId={roleId} />
          <SectionList />
        </div>
        <SidePanel roleId={roleId} drawerOpen={drawerOpen} onCloseDrawer={closeDrawer} />
      </div>
    </div>
  );
}

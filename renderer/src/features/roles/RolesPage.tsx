// Renderer: the Roles screen: header (with Publish for all open roles), toolbar, the table, and the empty
// and no-match states.
import { Briefcase, FileDown, LayoutTemplate, Plus, SearchX } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { Role } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { notifyError } from '../../lib/notify';
import { confirmWithUndo } from '../../lib/undo-toast';
import { hasFilters, roleActions, useRolesStore } from '../../stores/roles-store';
import { useRouteStore } from '../../stores/route-store';
import { PublishMenu } from '../postings/PublishMenu';
import { FirstRunActions } from './FirstRunActions';
import { RolesTable, type RowActions } from './RolesTable';
import { RolesToolbar } from './RolesToolbar';

export function RolesPage() {
  const { roles, counts, loaded, noRolesAtAll, query, resetCount } = useRolesStore();
  const navigate = useRouteStore((s) => s.navigate);
  const [toDelete, setToDelete] = useState<Role | null>(null);

  useEffect(() => {
    useRolesStore.getState().load().catch((e: unknown) => notifyError(e, 'Could not load roles'));
  }, []);

  const newRole = () => navigate({ name: 'role-new' });
  // data:changed refreshes too; reloading here keeps this screen right even if an event is missed.
  const reload = () => void useRolesStore.getState().load().catch((e: unknown) => notifyError(e, 'Could not refresh roles'));

  const actions: RowActions = {
    edit: (role) => navigate({ name: 'role-edit', id: role.id }),
    describe: (role) => navigate({ name: 'role-description', id: role.id }),
    pipeline: (role) => navigate({ name: 'role-pipeline', id: role.id }),
    kit: (role) => navigate({ name: 'role-kit', id: role.id }),
    posting: (role) => navigate({ name: 'role-posting', id: role.id }),
    duplicate: (role) => {
      roleActions.duplicate(role.id)
        .then((copy) => {
          reload();
          toast.success(`Duplicated “${role.title}”`, {
            description: 'The copy is a draft.',
            action: { label: 'Open copy', onClick: () => navigate({ name: 'role-edit', id: copy.id }) },
          });
        })
        .catch((e: unknown) => notifyError(e, 'Could not duplicate the role'));
    },
    archive: (role) => {
      roleActions.archive(role.id)
        .then(() => {
          reload();
          confirmWithUndo({
            message: `Archived “${role.title}”`,
            undo: () => roleActions.restore(role.id).then(reload),
            undone: `“${role.title}” is back in the active roles`,
          });
        })
        .catch((e: unknown) => notifyError(e, 'Could not archive the role'));
    },
    restore: (role) => {
      roleActions.restore(role.id)
        .then(() => {
          reload();
          toast.success(`Restored “${role.title}”`);
        })
        .catch((e: unknown) => notifyError(e, 'Could not restore the role'));
    },
    remove: (role) => setToDelete(role),
  };

  const confirmDelete = () => {
    const role = toDelete;
    setToDelete(null);
    if (!role) return;
    roleActions.remove(role.id)
      .then(() => {
        reload();
        toast.success(`Deleted “${role.title}”`);
      })
      .catch((e: unknown) => notifyError(e, 'Could not delete the role'));
  };

  const firstRun = loaded && noRolesAtAll && !hasFilters(query);
  const count = roles.length;

  return (
    <>
      <PageHeader
        title="Roles"
        subtitle={loaded && !firstRun ? `${count} ${query.view === 'archived' ? 'archived' : 'active'} role${count === 1 ? '' : 's'}` : 'The jobs you are hiring for'}
        actions={
          <>
            {loaded && !firstRun ? <PublishMenu /> : null}
            <Button icon={<FileDown size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'jd-import' })}>
              Import a job description
            </Button>
            <Button icon={<LayoutTemplate size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'templates' })}>
              Start from a template
            </Button>
            <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={newRole} aria-keyshortcuts="Control+N Meta+N">
              New role
            </Button>
          </>
        }
      />
      {firstRun ? (
        <EmptyState
          icon={<Briefcase size={28} />}
          title="No roles yet"
          actions={<FirstRunActions />}
        >
          <p>A role is a job you are hiring for, like a weekend barista or a dental hygienist. Add its title, pay and closing date, and you are ready to post it.</p>
          <p className="muted">Just looking around? Load a small sample business to explore. Moving from another computer? Restore a Hirebook backup.</p>
        </EmptyState>
      ) : (
        <>
          <RolesToolbar key={resetCount} />
          {loaded && count === 0 ? (
            <EmptyState
              icon={<SearchX size={28} />}
              title={query.view === 'archived' && !query.search && query.statuses.length === 0 ? 'No archived roles' : 'No roles match'}
              actions={
                <Button onClick={() => useRolesStore.getState().resetFilters()}>
                  {query.view === 'archived' ? 'Show active roles' : 'Clear filters'}
                </Button>
              }
            >
              <p>
                {query.view === 'archived' && !query.search && query.statuses.length === 0
                  ? 'Roles you archive are kept here, out of the way, until you restore them.'
                  : 'Try a different search or status filter.'}
              </p>
            </EmptyState>
          ) : (
            <RolesTable roles={roles} counts={counts} actions={actions} />
          )}
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete “${toDelete?.title ?? ''}”?`}
        description="The role and everything written for it will be removed for good. If you might need it again, archive it instead."
        confirmLabel="Delete role"
        danger
        onConfirm={confirmDelete}
        onOpenChange={(open) => {
          if (!open) setToDelete(null);
        }}
      />
    </>
  );
}

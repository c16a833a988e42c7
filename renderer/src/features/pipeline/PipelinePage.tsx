// Renderer: a role's pipeline board screen (#/roles/:id/pipeline, ?card= to show one card): header with the
// stage editor, the bulk bar for a selection, the columns, the card dialogs (messages too) and a live region for moves
// made without dragging.
import { ClipboardList, FilePlus2, FileText, ListX, Pencil, Settings2, UserPlus } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Role } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { notifyError } from '../../lib/notify';
import { findCard, pipelineActions, usePipelineStore } from '../../stores/pipeline-store';
import { roleActions } from '../../stores/roles-store';
import { useRouteStore } from '../../stores/route-store';
import { WriteMessageDialog } from '../candidates/WriteMessageDialog';
import { useIntake } from '../intake/use-intake';
import { BackToRoles, RoleNotFound } from '../roles/RoleNotFound';
import { AddCandidateDialog } from './AddCandidateDialog';
import { BulkBar } from './BulkBar';
import { BulkDraftDialog } from './BulkDraftDialog';
import { CardDetailsDialog } from './CardDetailsDialog';
import { PipelineBoard } from './PipelineBoard';
import { RejectDialog } from './RejectDialog';
import { RejectionReasonsDialog } from './RejectionReasonsDialog';
import { StageEditorDialog } from './StageEditorDialog';
import { useBoardSync } from './use-board-sync';

function useRole(roleId: string): Role | null {
  const [role, setRole] = useState<Role | null>(null);
  useEffect(() => {
    roleActions.get(roleId).then(setRole, () => setRole(null));
  }, [roleId]);
  return role;
}

/**
 * The board opened for one card shows it: its column scrolls to it, and it is focused and highlighted. The
 * board's first read loads its column down to it; a card asked for on a board already shown, further down
 * than its loaded cards, reads the board again.
 */
function useSpotlight(card: string | null, roleId: string): void {
  useEffect(() => {
    usePipelineStore.setState({ spotlight: card });
    const shown = usePipelineStore.getState();
    if (card !== null && shown.roleId === roleId && shown.loadState === 'ready' && !findCard(shown.columns, card)) {
      pipelineActions.load(roleId).catch((e: unknown) => notifyError(e, 'Could not load the board'));
    }
    return () => usePipelineStore.setState({ spotlight: null });
  }, [card, roleId]);
}

/** Write to them… for one card (its menu), or drafts for the selected cards (the bulk bar). */
function CardMessages({ roleTitle }: { roleTitle: string }) {
  const writing = usePipelineStore((s) => (s.writing === null ? null : (findCard(s.columns, s.writing) ?? null)));
  const drafting = usePipelineStore((s) => s.drafting);
  return (
    <>
      {writing ? (
        <WriteMessageDialog
          applicationId={writing.applicationId}
          status={writing.status}
          candidateName={writing.name}
          roleTitle={roleTitle}
          onClose={() => usePipelineStore.setState({ writing: null })}
        />
      ) : null}
      {drafting ? <BulkDraftDialog ids={drafting} onClose={() => usePipelineStore.setState({ drafting: null })} /> : null}
    </>
  );
}

export function PipelinePage({ roleId, spotlight = null }: { roleId: string; spotlight?: string | null }) {
  // The card to show first, so the board's first read loads its column down to it.
  useSpotlight(spotlight, roleId);
  useBoardSync(roleId);
  const role = useRole(roleId);
  const navigate = useRouteStore((s) => s.navigate);
  const loadState = usePipelineStore((s) => s.loadState);
  const stages = usePipelineStore((s) => s.stages);
  const announcement = usePipelineStore((s) => s.announcement);
  const [editing, setEditing] = useState<'stages' | 'reasons' | 'add' | null>(null);
  const intake = useIntake(roleId);

  if (loadState === 'missing') return <RoleNotFound />;
  const total = stages.reduce((sum, s) => sum + s.count, 0);
  const title = role ? `Pipeline: ${role.title}` : 'Pipeline';
  return (
    <div className={`pipeline-page intake-target${intake.dragging ? ' intake-target-active' : ''}`} {...intake.dropHandlers}>
      <PageHeader
        title={title}
        before={<BackToRoles />}
        subtitle={loadState === 'ready' ? (total === 1 ? '1 candidate on the board' : `${total} candidates on the board`) : 'Loading…'}
        actions={
          <>
            <Button variant="primary" icon={<UserPlus size={16} aria-hidden="true" />} onClick={() => setEditing('add')} disabled={loadState !== 'ready' || !role}>
              Add candidate
            </Button>
            <Button icon={<FilePlus2 size={16} aria-hidden="true" />} onClick={intake.chooseFiles} disabled={intake.running || loadState !== 'ready'}>
              Add from files…
            </Button>
            <Button icon={<FileText size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-description', id: roleId })}>
              Job description
            </Button>
            <Button icon={<ClipboardList size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-kit', id: roleId })}>
              Interview kit
            </Button>
            <Button icon={<Pencil size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-edit', id: roleId })}>
              Edit role
            </Button>
            <Button icon={<ListX size={16} aria-hidden="true" />} onClick={() => setEditing('reasons')}>
              Rejection reasons
            </Button>
            <Button icon={<Settings2 size={16} aria-hidden="true" />} onClick={() => setEditing('stages')} disabled={loadState !== 'ready'}>
              Edit stages
            </Button>
          </>
        }
      />
      <BulkBar />
      {loadState === 'ready' ? <PipelineBoard /> : null}
      <div className="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
      <RejectDialog />
      <CardDetailsDialog />
      {role ? <CardMessages roleTitle={role.title} /> : null}
      {editing === 'stages' ? <StageEditorDialog roleId={roleId} onClose={() => setEditing(null)} /> : null}
      {intake.dialog}
      {editing === 'reasons' ? <RejectionReasonsDialog onClose={() => setEditing(null)} /> : null}
      {editing === 'add' && role ? (
        <AddCandidateDialog roleId={roleId} roleTitle={role.title} firstStage={stages[0]?.name ?? 'the first stage'} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}

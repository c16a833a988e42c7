// Renderer: a role's posting view (#/roles/:id/posting): the printed posting previewed as paper (Classic or
// Flyer), the Export menu, and what search engines still need.
import { FileText, Info, Pencil, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import type { PostingLayout } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { usePrintCommand } from '../../lib/print-target';
import { printPosting } from '../../stores/postings-actions';
import { useRouteStore } from '../../stores/route-store';
import { BackToRoles, RoleNotFound } from '../roles/RoleNotFound';
import { ExportMenu } from './ExportMenu';
import { PrintPreview } from './PrintPreview';
import { SearchEnginePanel } from './SearchEnginePanel';
import { usePostingView } from './use-posting-view';

const LAYOUT_LABELS: Record<PostingLayout, string> = { classic: 'Classic', flyer: 'Flyer' };

function LayoutToggle({ layout, onChange }: { layout: PostingLayout; onChange(layout: PostingLayout): void }) {
  return (
    <div className="segmented" role="group" aria-label="Layout">
      {(['classic', 'flyer'] as const).map((value) => (
        <button key={value} type="button" className="segmented-btn" aria-pressed={layout === value} onClick={() => onChange(value)}>
          {LAYOUT_LABELS[value]}
        </button>
      ))}
    </div>
  );
}

function EditLinks({ roleId }: { roleId: string }) {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <div className="posting-edit-links">
      <Button size="sm" icon={<Pencil size={14} aria-hidden="true" />} onClick={() => navigate({ name: 'role-edit', id: roleId })}>
        Edit role details
      </Button>
      <Button size="sm" icon={<FileText size={14} aria-hidden="true" />} onClick={() => navigate({ name: 'role-description', id: roleId })}>
        Edit job description
      </Button>
    </div>
  );
}

export function PostingPage({ roleId }: { roleId: string }) {
  const [layout, setLayout] = useState<PostingLayout>('classic');
  // File → Print… (Ctrl/Cmd+P) prints the posting in the layout shown, as Export → Print… does.
  usePrintCommand(() => void printPosting(roleId, layout));
  const { state, reload } = usePostingView(roleId, layout);

  if (state.status === 'missing') return <RoleNotFound />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeader title="Posting" before={<BackToRoles />} />
        <EmptyState icon={<TriangleAlert size={28} />} title="The posting could not be shown" actions={<Button onClick={reload}>Try again</Button>}>
          <p>{state.message}</p>
        </EmptyState>
      </>
    );
  }
  if (state.status === 'loading') return <PageHeader title="Posting" before={<BackToRoles />} subtitle="Preparing the preview…" />;

  return (
    <div className="posting-page">
      <PageHeader
        sticky
        title={`Posting: ${state.role.title}`}
        before={<BackToRoles />}
        subtitle="This preview is exactly what prints and what the PDF holds."
        actions={
          <>
            <LayoutToggle layout={layout} onChange={setLayout} />
            <ExportMenu roleId={roleId} layout={layout} />
          </>
        }
      />
      <div className="posting-layout">
        <div className="posting-main">
          {state.notice ? (
            <p className="posting-fit-note" role="note">
              <Info size={16} aria-hidden="true" />
              <span>{state.notice}</span>
            </p>
          ) : null}
          <PrintPreview html={state.html} label={`${LAYOUT_LABELS[layout]} posting preview`} />
        </div>
        <aside className="posting-side" aria-label="About this posting">
          <EditLinks roleId={roleId} />
          <SearchEnginePanel check={state.check} roleId={roleId} />
        </aside>
      </div>
    </div>
  );
}

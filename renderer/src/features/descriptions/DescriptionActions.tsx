// Renderer: what the owner can do with the whole description: export the posting, keep a version, open the
// history, use a template, import, save as a template, and go to the role's details.
import { Columns3, FileDown, History, LayoutTemplate, Save, Settings2, Sparkles } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '../../components/Button';
import { notifyError } from '../../lib/notify';
import { flushDescription } from '../../stores/description-autosave';
import { revisionActions } from '../../stores/descriptions-actions';
import { useRouteStore } from '../../stores/route-store';
import { ExportMenu } from '../postings/ExportMenu';
import { RevisionDrawer } from './RevisionDrawer';
import { SaveTemplateDialog } from './SaveTemplateDialog';

export function DescriptionActions({ roleId }: { roleId: string }) {
  const [historyOpen, setHistoryOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const saveVersion = () => {
    setBusy(true);
    flushDescription()
      .then(() => revisionActions.create(roleId, ''))
      .then(() => toast.success('Version saved', { description: 'Find it under History.' }))
      .catch((e: unknown) => notifyError(e, 'Could not save a version'))
      .finally(() => setBusy(false));
  };

  return (
    <>
      <ExportMenu roleId={roleId} withPreview prepare={flushDescription} />
      <Button icon={<History size={16} aria-hidden="true" />} onClick={() => setHistoryOpen(true)}>
        History
      </Button>
      {/* Not primary: the editor saves itself; a version is a named point to go back to, not a save. */}
      <Button icon={<Save size={16} aria-hidden="true" />} onClick={saveVersion} disabled={busy} title="Your writing saves itself; this keeps a copy of it now under History.">
        Save version
      </Button>
      <RevisionDrawer roleId={roleId} open={historyOpen} onOpenChange={setHistoryOpen} />
    </>
  );
}

export function DescriptionTools({ roleId }: { roleId: string }) {
  const navigate = useRouteStore((s) => s.navigate);
  const [saveOpen, setSaveOpen] = useState(false);
  return (
    <div className="desc-tools" role="group" aria-label="Description tools">
      <Button size="sm" variant="ghost" icon={<Settings2 size={15} aria-hidden="true" />} onClick={() => navigate({ name: 'role-edit', id: roleId })}>
        Role details
      </Button>
      <Button size="sm" variant="ghost" icon={<Columns3 size={15} aria-hidden="true" />} onClick={() => navigate({ name: 'role-pipeline', id: roleId })}>
        Pipeline
      </Button>
      <Button size="sm" variant="ghost" icon={<LayoutTemplate size={15} aria-hidden="true" />} onClick={() => navigate({ name: 'templates', roleId })}>
        Use a template
      </Button>
      <Button size="sm" variant="ghost" icon={<FileDown size={15} aria-hidden="true" />} onClick={() => navigate({ name: 'jd-import', roleId })}>
        Import
      </Button>
      <Button size="sm" variant="ghost" icon={<Sparkles size={15} aria-hidden="true" />} onClick={() => setSaveOpen(true)}>
        Save as template
      </Button>
      <SaveTemplateDialog roleId={roleId} open={saveOpen} onOpenChange={setSaveOpen} />
    </div>
  );
}

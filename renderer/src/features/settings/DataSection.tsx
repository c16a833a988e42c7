// Renderer: Settings → Data: where this install keeps its data, versions, backups (and restore, the data
// file check), "Export everything", "Load sample data" and "Remove sample data" (asks first, says what goes).
import { CardHeader } from '../../components/CardHeader';
import { Sparkles, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../lib/notify';
import { hasSampleData, sampleRemoveConfirmWords, useSampleData, useSampleRemoval } from '../../lib/use-sample-data';
import { useAppStore } from '../../stores/app-store';
import { BackupsArea } from './BackupsArea';
import { ExportEverything } from './ExportEverything';

export function DataSection() {
  const info = useAppStore((s) => s.info);
  const sample = useSampleData();
  const removal = useSampleRemoval();
  const [confirming, setConfirming] = useState(false);
  const present = hasSampleData(removal.status);

  useEffect(() => {
    useAppStore.getState().loadInfo().catch((e: unknown) => notifyError(e, 'Could not read app information'));
  }, []);

  return (
    <section className="card settings-card" aria-labelledby="data-heading">
      <CardHeader id="data-heading" title="Data" description="Everything stays on this computer, in one data folder. Hirebook backs it up by itself; keep a copy somewhere else too." />
      <dl className="facts">
        <div className="fact">
          <dt>Data folder</dt>
          <dd className="mono">{info?.dataDir ?? '…'}</dd>
        </div>
        <div className="fact">
          <dt>Database file</dt>
          <dd className="mono">{info?.databasePath ?? '…'}</dd>
        </div>
        <div className="fact">
          <dt>Schema version</dt>
          <dd>{info?.schemaVersion ?? '…'}</dd>
        </div>
        <div className="fact">
          <dt>App version</dt>
          <dd>{info?.version ?? '…'}</dd>
        </div>
      </dl>
      <BackupsArea />
      <ExportEverything />
      <div className="card-footer card-footer-split">
        <p className="muted">
          {present
            ? 'Sample data is here, marked “Sample” on its roles and candidates. Remove it in one step when you are done trying things out.'
            : 'Add a small sample café with a handful of roles, to try things out.'}
        </p>
        <div className="card-footer-actions">
          <Button icon={<Sparkles size={16} aria-hidden="true" />} onClick={sample.load} disabled={sample.busy || removal.busy}>
            Load sample data
          </Button>
          {present ? (
            <Button variant="danger" icon={<Trash2 size={16} aria-hidden="true" />} onClick={() => setConfirming(true)} disabled={sample.busy || removal.busy}>
              Remove sample data
            </Button>
          ) : null}
        </div>
      </div>
      {removal.status ? (
        <ConfirmDialog
          open={confirming}
          title="Remove the sample data?"
          description={sampleRemoveConfirmWords(removal.status).join(' ')}
          confirmLabel="Remove sample data"
          danger
          onConfirm={() => {
            setConfirming(false);
            removal.remove();
          }}
          onOpenChange={setConfirming}
        />
      ) : null}
    </section>
  );
}

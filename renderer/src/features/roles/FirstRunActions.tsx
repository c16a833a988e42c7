// Renderer: what an empty data folder offers, wherever it is shown (the empty Roles screen and Today):
// make a role (or import its job description), load the sample business, or restore a backup.
import { FileDown, History, Plus, Sparkles } from 'lucide-react';
import { Button } from '../../components/Button';
import { useSampleData } from '../../lib/use-sample-data';
import { useBackupStore } from '../../stores/backup-store';
import { useRouteStore } from '../../stores/route-store';

export function FirstRunActions({ withImport = false }: { withImport?: boolean }) {
  const navigate = useRouteStore((s) => s.navigate);
  const sample = useSampleData();
  return (
    <>
      <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-new' })}>
        New role
      </Button>
      {withImport ? (
        <Button icon={<FileDown size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'jd-import' })}>
          Import a job description
        </Button>
      ) : null}
      <Button icon={<Sparkles size={16} aria-hidden="true" />} onClick={sample.load} disabled={sample.busy}>
        Load sample data
      </Button>
      <Button icon={<History size={16} aria-hidden="true" />} onClick={() => void useBackupStore.getState().startRestore()}>
        Restore from a backup
      </Button>
    </>
  );
}

// Renderer: shown when a save was refused because the stored description changed elsewhere (another
// window, the command line): the owner chooses which version to keep; nothing is overwritten silently.
import { Button } from '../../components/Button';
import { notifyError } from '../../lib/notify';
import { overwriteAfterConflict, resetAutosave } from '../../stores/description-autosave';
import { loadDescription, useDescriptionStore } from '../../stores/description-store';

export function ConflictBanner({ roleId }: { roleId: string }) {
  const status = useDescriptionStore((s) => s.status);
  if (status !== 'conflict') return null;
  const reload = () => {
    resetAutosave();
    loadDescription(roleId).catch((e: unknown) => notifyError(e, 'Could not load the saved description'));
  };
  const keep = () => void overwriteAfterConflict().catch((e: unknown) => notifyError(e, 'Could not save your version'));
  return (
    <div className="conflict-banner" role="alert">
      <p>
        <strong>This description was changed somewhere else</strong> (another window or the command line) since you opened it. Your latest edits are
        still here, not saved.
      </p>
      <div className="conflict-actions">
        <Button size="sm" onClick={reload}>
          Load the saved version
        </Button>
        <Button size="sm" variant="primary" onClick={keep}>
          Keep my version
        </Button>
      </div>
    </div>
  );
}
